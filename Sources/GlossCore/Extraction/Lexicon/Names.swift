/// Given names and family names that tell a person's name from other capitalised words.
enum PersonNames {
  /// Common given names across languages.
  static let given: Set<String> = WordList.words(
    """
    aaron abdul abdullah adam adrian ahmed alan albert alex alexander alexandra alexis alfred
    ali alice alicia alvin amanda amy ana andrea andreas andrew andy angela angelina ann anna
    anne annie anthony antonio ariel arthur ashley axel barack barbara ben benjamin bernard
    bernie beth betty bill billy bob bonnie boris brad brandon brian bruce caroline carl carlos
    carol catherine cathy charles charlie chris christian christine christopher claire claudia
    colette craig cyd cynthia dan daniel danielle david deborah dennis diana diane dmitry
    donald donna dorothy douglas dries dylan eddie eden edward elizabeth ellen emily emma
    emmanuel eric erik eunice eva evan farouk fernando francis frank fred frederick gary george
    gerald gina gloria gordon grace greg gregory hamid hans harold harry heather helen henry
    holden horace howard hugo ian isabel ivan jack jacob james jamie jane janet jason jean jeff
    jeffrey jennifer jeremy jerry jesse jessica jim jimmy joan joe joel john johnny jon jonathan
    jorge jose joseph joshua juan judith judy julia julian julie junius justin karen kate
    katherine kathleen kathy keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren
    lawrence leo leonard linda lisa lois louis louise lucy luis luke marcus margaret maria marie
    mark martha martin mary matthew maurice megan melissa michael michel michelle mike mohamed
    mohammed muhammad nacer nancy natalie nathan nicholas nicola nicole noah norman olga oliver
    olivia pamela patricia patrick paul peter philip phillip pierre priscilla rachel ralph
    randy raymond rebecca regina richard rick robert roberto roger romelu ronald rose roy russell
    ruth ryan sam samantha samuel sandra sara sarah scott sean sebastian sergei sharon shirley
    simon sophia sophie stanley starry stephanie stephen steve steven susan tanya teresa terry
    theresa thibaut thomas tim timothy todd tom tony tyler valerie vanessa victor victoria
    vincent vladimir walter wayne wilson william willie yannick yuri zachary
    abdel abu ahmad akbar amir anwar aziz bashir fahad farid fatima hassan hussein ibrahim jamal
    karim khalid leila mahmoud mariam mustafa nabil omar rashid salim samir tariq yasmin youssef
    ferjani mouez hernan alejandro diego fernanda gabriel javier lucas luiz mateo miguel pablo
    pedro rafael ricardo santiago sergio andrei alexei mikhail nikolai olena oleksandr pavel
    volodymyr angela emmanuelle francois jacques marine nicolas olaf friedrich klaus wolfgang
    giuseppe matteo giorgia kwame kofi ngozi chinua amara jomo uhuru narendra rahul sonia
    shinzo fumio yoshihide kenji hiroshi akira yuki baggio marcus joel andreas dario
    sofia rosa lucia elena carmen ines isabella camila valentina mohammad ali aisha amina zainab
    """)

  /// Family names common in East Asia, written first ("Xi Jinping", "Moon Jae-in").
  static let eastAsianFamily: Set<String> = WordList.words(
    """
    an bae cha chan chang chen cheng cheung cho choi chong chow chu chung deng fan fang feng fu
    gao guo han he ho hong hu huang hui hwang jang jeon jeong jiang jin jo ju jung kang kim ko
    koh kong ku kwak kwok kwon lai lam lau lee leung li liang lim lin liu lo lu luo ma mak mo
    moon na ng oh pan park peng qian ryu seo shen shim shin shiu song suh sun tam tan tang tian
    tien to tong tsai tse wan wang wei wen wong woo wu xi xia xie xu yan yang yau ye yeung yi yim
    yin yiu yoo yoon yu yuan yun yung zeng zhang zhao zheng zhou zhu
    """)
}
