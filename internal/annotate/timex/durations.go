package timex

import (
	"bytes"
	"strconv"
)

// TIMEX3 values of durations and of quantities counted back from the
// dateline: P4Y, PT2.5H, "three days ago".

// ago is the date n units before (sign -1) or after (sign 1) the dateline,
// at the unit's precision.
func (r dresolver) ago(n float64, x bool, unit, sign int) string {
	if x {
		if sign < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	switch unit {
	case unitDay, unitWeek, unitMonth, unitQuarter, unitYear, unitDecade:
		return r.shift(unit, int(n)*sign)
	}
	return r.day(0) // hours, minutes or seconds ago: the dateline's day
}

// duration is a TIMEX3 duration: P4Y, PT2.5H, P2Y6M, PT1M30S, PXY.
func (r dresolver) duration(n float64, x bool, unit int) string {
	var a [32]byte
	return r.vals.intern(appendDuration(a[:0], n, x, unit))
}

// appendDuration writes the TIMEX3 duration of n units (any number when x).
func appendDuration(b []byte, n float64, x bool, unit int) []byte {
	// A decade is P10Y and a century P100Y (rule D30: "two decades" P20Y,
	// as TimeBank writes it; E and C are not ISO 8601 units); only a vague
	// number keeps the unit (PXE, "decades"). Quarters stay Q, as TimeBank
	// mostly writes them ("every quarter" P1Q, "the past two quarters" P2Q).
	if !x {
		switch unit {
		case unitDecade:
			n, unit = 10*n, unitYear
		case unitCentury:
			n, unit = 100*n, unitYear
		}
	}
	code := durationUnitCode(unit)
	b = append(b, 'P')
	if unit <= unitHour {
		b = append(b, 'T')
	}
	if x {
		return append(append(b, 'X'), code...)
	}
	whole := float64(int(n))
	if n == whole {
		return append(strconv.AppendInt(b, int64(int(n)), 10), code...)
	}
	// A half of a year is six months, of a minute thirty seconds (TimeBank:
	// "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S).
	if n-whole == 0.5 {
		switch unit {
		case unitYear:
			if whole == 0 {
				return append(b, "6M"...)
			}
			return append(strconv.AppendInt(b, int64(int(whole)), 10), "Y6M"...)
		case unitMinute:
			if whole == 0 {
				return append(b, "30S"...)
			}
			return append(strconv.AppendInt(b, int64(int(whole)), 10), "M30S"...)
		}
	}
	// Two decimals at most, without trailing zeros: 1.25, 2.3.
	b = strconv.AppendFloat(b, n, 'f', 2, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	b = bytes.TrimRight(b, ".")
	return append(b, code...)
}

func durationUnitCode(unit int) string {
	switch unit {
	case unitSecond:
		return "S"
	case unitMinute:
		return "M"
	case unitHour:
		return "H"
	case unitDay:
		return "D"
	case unitWeek:
		return "W"
	case unitMonth:
		return "M"
	case unitQuarter:
		return "Q"
	case unitYear:
		return "Y"
	case unitDecade:
		return "E"
	case unitCentury:
		return "C"
	}
	return "X"
}
