// example.js: the page's example article (written for this project).
export const EXAMPLE = [
  "Harbour council approves flood wall after stormy debate",
  "",
  "By a staff reporter, Published 14 March 2024",
  "",
  "The harbour council voted on Wednesday night to build a 2km flood wall along the old quay, ending a dispute that has run for the past three years.",
  "",
  "“We cannot keep filling sandbags every winter and calling it a plan,” said Mayor Elena Ruiz, who proposed the wall in January. “This is the year we stop waiting.”",
  "",
  "The fishermen’s association had argued that the wall would cut boats off from the slipway. Its chair, Tomas Byrne, told reporters the final design was “a fair compromise”.",
  "",
  "“Nobody got everything they wanted,” he said. “But the slipway stays open, and that was our line in the sand.”",
  "",
  "Work is due to start in September and to take eighteen months. Ms Ruiz said the first section, by the lifeboat station, would be finished before next winter.",
  "",
  "“I will be down there with a shovel on the first morning,” she added.",
].join("\n");
