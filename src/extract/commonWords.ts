// Words of everyday English (and of every job ad) that are also the name or alias of some skill or tool:
// as a single-word match they count only when written as the label writes them ("Go", "React", "Chef"),
// and as a single-word alias never. Short tokens (two characters or fewer) are treated the same way.
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an and the or of to in on at by for with from as is are be we you our your it its this that these those
   go make chef puppet spring swift rust react express ant salt flask jest mocha gulp grunt ember meteor backbone
   polymer ionic dart julia crystal elixir basic pascal logo scheme ada io pig hive storm spark beam pulsar oracle
   access excel word outlook teams project office windows unity blender maya sketch zoom slack notion box shell
   groovy kotlin? tableau looker mode prefect dash plot vision alpine arch debian? gentoo fedora mint
   design build test tests testing support management manage service services data software system systems
   development develop engineering engineer security network networks cloud mobile web analysis research
   operations operate team work working communication communicate leadership planning plan quality
   performance monitoring monitor reporting report writing write reading read learning learn teaching teach
   training train writing english german french spanish business marketing sales customer customers
   product products process processes tools tool platform platforms framework frameworks library libraries
   code coding program programming computer computers server servers client clients database databases
   application applications app apps api apis interface interfaces user users model models modelling modeling
   integration integrations deployment deploy release releases delivery automation automate scripting script
   documentation document documents maintenance maintain troubleshooting troubleshoot debugging debug
   architecture architect infrastructure administration administer configuration configure installation
   install implementation implement optimisation optimization optimise optimize analytics
   math logic migration logistics source standard recovery prediction experiment warehouse
   confidence clean survey interview collections transport switches equipment pumps banking yoga problem solving creativity innovation organisation organization coordination
   negotiation presentation presentations meeting meetings email office time budget risk compliance audit
   privacy safety health care teamwork collaboration mentoring coaching hiring recruiting recruitment
   backend frontend front back end full stack senior junior lead principal staff remote hybrid
   rest ops`
    .split(/\s+/)
    .filter((w) => w && !w.endsWith('?')),
);
