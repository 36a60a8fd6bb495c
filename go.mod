module github.com/newsroom/annotator

go 1.26
