# An item whose title a spreadsheet would run as a formula: a CSV or TSV answer must hand it over as text.
PREFIX kg:   <https://kg.ess.tsinghua.edu.cn/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX id:   <https://kg.ess.tsinghua.edu.cn/id/>
INSERT DATA {
  GRAPH <https://kg.ess.tsinghua.edu.cn/graph/test-2023-9> {
    id:issue\/test-2023-9 a kg:NewsletterIssue ; kg:series "工作动态" ; kg:year 2023 ; rdfs:label "2023 年第 9 期（测试）"@zh .
    id:item\/test-2023-9\/1.1 a kg:NewsletterItem ; kg:inIssue id:issue\/test-2023-9 ; kg:position "1.1" ;
        kg:sectionIndex 1 ; kg:title "=HYPERLINK(\"http://evil.example/\",\"click\")" .
  }
}
