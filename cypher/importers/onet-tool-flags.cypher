// Sets Tool.hot and Tool.inDemand on the O*NET tools from their USES_TOOL links, where O*NET's Technology
// Skills flags live (per occupation): true when at least one occupation marks the tool so, false when
// none does. Curated tools have no such links and keep no flag (null: the source does not say).
MATCH (t:Tool {origin: 'onet'})
SET t.hot = EXISTS { (t)<-[:USES_TOOL {hot: true}]-(:Role) },
    t.inDemand = EXISTS { (t)<-[:USES_TOOL {inDemand: true}]-(:Role) }
