# A tie reported in a 2023 issue between two people whose names look like markup: the network page must
# show them as text, and only when its year range reaches 2023.
PREFIX kg:   <https://kg.ess.tsinghua.edu.cn/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX id:   <https://kg.ess.tsinghua.edu.cn/id/>
INSERT DATA {
  GRAPH <https://kg.ess.tsinghua.edu.cn/graph/test-2023-1> {
    id:issue\/test-2023-1 a kg:NewsletterIssue ; kg:series "工作动态" ; kg:year 2023 ; rdfs:label "2023 年第 1 期（测试）"@zh .
    id:item\/test-2023-1\/1.1 a kg:NewsletterItem ; kg:inIssue id:issue\/test-2023-1 ; kg:position "1.1" ;
        kg:sectionIndex 1 ; kg:title "<b>测试条目</b>" ; kg:text "<script>document.body.dataset.pwned='text'</script>" .
    id:person\/hostile-a a kg:Person ; kg:name "<img src=x onerror=\"document.body.dataset.pwned='a'\">" ;
        kg:pinyin "<i>Hostile A</i>" ; kg:internal true ; kg:mentionedIn id:item\/test-2023-1\/1.1 .
    id:person\/hostile-b a kg:Person ; kg:name "王}\"; DROP ALL; #" ; kg:pinyin "Wang B" ; kg:internal false ;
        kg:mentionedIn id:item\/test-2023-1\/1.1 .
    id:work\/test-2023 a kg:Article ; kg:title "<svg onload=\"document.body.dataset.pwned='w'\">" ;
        prov:wasDerivedFrom id:item\/test-2023-1\/1.1 ; kg:evidence "<img src=x>" .
    id:authorship\/test-2023\/a a kg:Authorship ; kg:work id:work\/test-2023 ; kg:agent id:person\/hostile-a ;
        prov:wasDerivedFrom id:item\/test-2023-1\/1.1 ; kg:evidence "<img src=x>" ;
        kg:isAuthor true ; kg:isFirstAuthor true ; kg:isCorrespondingAuthor false ; kg:isTeamLead false .
    id:authorship\/test-2023\/b a kg:Authorship ; kg:work id:work\/test-2023 ; kg:agent id:person\/hostile-b ;
        prov:wasDerivedFrom id:item\/test-2023-1\/1.1 ; kg:evidence "<img src=x>" ;
        kg:isAuthor true ; kg:isFirstAuthor false ; kg:isCorrespondingAuthor true ; kg:isTeamLead false .
    id:tie\/test-2023-1\/1.1\/coauthor\/a\/b a kg:Tie ; kg:personA id:person\/hostile-a ; kg:personB id:person\/hostile-b ;
        kg:basis "coauthor" ; kg:via id:work\/test-2023 ; kg:year 2023 ; prov:wasDerivedFrom id:item\/test-2023-1\/1.1 .
  }
}
