package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const archiveLines = `{"id": 1, "outlet": "Harbour News", "published": "2025-10-03", "text": "“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said."}
{"id": 2, "outlet": "Harbour News", "published": "2025-10-20", "text": "Tom Hale, a fisherman, said: “It is too late for us.”"}
not json
{"id": 4, "outlet": "Coast Daily", "dct": "2025-11-02", "text": "“We were never told,” said Tom Hale."}
`

func TestSourcesFromArticlesAndFromResultsAgree(t *testing.T) {
	status, fromArticles, stderr := runCLI(t, archiveLines, "sources", "-by", "outlet,month")
	assert.Equal(t, 1, status)
	assert.Equal(t, "annotate: line 3: invalid JSON at byte 0: want an object\n", stderr)
	assert.Equal(t, "outlet,month,name,kind,articles,quotes,words,share\n"+
		"Coast Daily,2025-11,Tom Hale,person,1,1,4,1.0000\n"+
		"Harbour News,2025-10,Ines Moreau,person,1,1,8,0.5714\n"+
		"Harbour News,2025-10,Tom Hale,person,1,1,6,0.4286\n", fromArticles)

	_, results, _ := runCLI(t, archiveLines, "-jsonl")
	path := filepath.Join(t.TempDir(), "results.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(results), 0o644))
	status, fromResults, stderr := runCLI(t, "", "sources", "-by", "outlet,month", "-j", "3", path)
	require.Equal(t, 0, status, stderr)
	assert.Equal(t, fromArticles, fromResults)

	status, asJSON, _ := runCLI(t, results, "sources", "-format", "json")
	require.Equal(t, 0, status)
	assert.True(t, strings.HasPrefix(asJSON, "[\n{\"group\":{},\"name\":\"Tom Hale\",\"kind\":\"person\",\"articles\":2,\"quotes\":2,\"words\":10,\"share\":0.5556}"), asJSON)
}
