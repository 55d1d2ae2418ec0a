/// Countries with their other names, capitals (used for their governments: "Beijing said") and
/// demonyms ("Chinese"), one a line: `Name | aliases | capital | demonyms`.
enum Countries {
  struct Country: Sendable {
    let name: String
    let aliases: [String]
    let capital: String?
    let demonyms: [String]
  }

  /// Adjectives for peoples, faiths and regions that name no country ("Muslim", "African"):
  /// like demonyms, they qualify a name and are not entities themselves.
  static let otherAdjectives: Set<String> = [
    "Muslim", "Islamic", "Christian", "Jewish", "Hindu", "Buddhist", "Catholic", "Protestant",
    "Orthodox", "Sunni", "Shia", "Shiite", "Arab", "Arabic", "African", "European", "Asian",
    "Western", "Eastern", "Latin", "Nordic", "Baltic", "Kurdish", "Palestinian", "Persian",
  ]

  static let all: [Country] = WordList.lines(table).map { line in
    let fields = line.split(separator: "|", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters()
    }
    func list(_ index: Int) -> [String] {
      guard index < fields.count else { return [] }
      return fields[index].split(separator: ",").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }
    let capital = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
    return Country(name: fields[0], aliases: list(1), capital: capital, demonyms: list(3))
  }

  private static let table = """
    United States | US, U.S., USA, U.S.A., America, United States of America | Washington | American
    United Kingdom | UK, U.K., Britain, Great Britain | London | British
    China | PRC, People's Republic of China, Mainland China | Beijing | Chinese
    South Korea | Republic of Korea, Korea Republic, ROK, Korea | Seoul | South Korean
    North Korea | DPRK, Democratic People's Republic of Korea | Pyongyang | North Korean
    Japan | | Tokyo | Japanese
    Taiwan | Republic of China | Taipei | Taiwanese
    Russia | Russian Federation | Moscow | Russian
    Ukraine | | Kyiv, Kiev | Ukrainian
    France | | Paris | French
    Germany | | Berlin | German
    Italy | | Rome | Italian
    Spain | | Madrid | Spanish
    Portugal | | Lisbon | Portuguese
    Netherlands | Holland | Amsterdam | Dutch
    Belgium | | Brussels | Belgian
    Switzerland | | Bern | Swiss
    Austria | | Vienna | Austrian
    Sweden | | Stockholm | Swedish
    Norway | | Oslo | Norwegian
    Denmark | | Copenhagen | Danish
    Finland | | Helsinki | Finnish
    Iceland | | Reykjavik | Icelandic
    Ireland | Republic of Ireland | Dublin | Irish
    Poland | | Warsaw | Polish
    Czech Republic | Czechia | Prague | Czech
    Slovakia | | Bratislava | Slovak
    Hungary | | Budapest | Hungarian
    Romania | | Bucharest | Romanian
    Bulgaria | | Sofia | Bulgarian
    Greece | | Athens | Greek
    Turkey | Türkiye | Ankara | Turkish
    Serbia | | Belgrade | Serbian
    Croatia | | Zagreb | Croatian
    Belarus | | Minsk | Belarusian
    England | | | English
    Scotland | | Edinburgh | Scottish
    Wales | | Cardiff | Welsh
    Canada | | Ottawa | Canadian
    Mexico | | Mexico City | Mexican
    Brazil | | Brasilia, Brasília | Brazilian
    Argentina | | Buenos Aires | Argentine, Argentinian
    Chile | | Santiago | Chilean
    Colombia | | Bogota, Bogotá | Colombian
    Peru | | Lima | Peruvian
    Venezuela | | Caracas | Venezuelan
    Cuba | | Havana | Cuban
    Panama | | Panama City | Panamanian
    Costa Rica | | San José | Costa Rican
    Uruguay | | Montevideo | Uruguayan
    Australia | | Canberra | Australian
    New Zealand | | Wellington | New Zealander
    India | | New Delhi | Indian
    Pakistan | | Islamabad | Pakistani
    Bangladesh | | Dhaka | Bangladeshi
    Afghanistan | | Kabul | Afghan
    Iran | Islamic Republic of Iran | Tehran | Iranian
    Iraq | | Baghdad | Iraqi
    Syria | | Damascus | Syrian
    Israel | | Jerusalem | Israeli
    Palestine | Palestinian territories | Ramallah | Palestinian
    Lebanon | | Beirut | Lebanese
    Jordan | | Amman | Jordanian
    Saudi Arabia | Kingdom of Saudi Arabia | Riyadh | Saudi
    Yemen | | Sanaa | Yemeni
    Qatar | | Doha | Qatari
    United Arab Emirates | UAE | Abu Dhabi | Emirati
    Egypt | | Cairo | Egyptian
    Libya | | Tripoli | Libyan
    Tunisia | | Tunis | Tunisian
    Algeria | | Algiers | Algerian
    Morocco | | Rabat | Moroccan
    Nigeria | | Abuja | Nigerian
    Ghana | | Accra | Ghanaian
    Kenya | | Nairobi | Kenyan
    Ethiopia | | Addis Ababa | Ethiopian
    Somalia | | Mogadishu | Somali
    Sudan | | Khartoum | Sudanese
    South Africa | | Pretoria | South African
    Senegal | | Dakar | Senegalese
    Vietnam | Viet Nam | Hanoi | Vietnamese
    Thailand | | Bangkok | Thai
    Malaysia | | Kuala Lumpur | Malaysian
    Singapore | | | Singaporean
    Indonesia | | Jakarta | Indonesian
    Philippines | | Manila | Filipino, Philippine
    Myanmar | Burma | Naypyidaw | Burmese
    Cambodia | | Phnom Penh | Cambodian
    Laos | | Vientiane | Laotian, Lao
    Mongolia | | Ulaanbaatar | Mongolian
    Nepal | | Kathmandu | Nepali, Nepalese
    Sri Lanka | | Colombo | Sri Lankan
    Kazakhstan | | Astana | Kazakh
    Uzbekistan | | Tashkent | Uzbek
    Georgia | | Tbilisi | Georgian
    Armenia | | Yerevan | Armenian
    Azerbaijan | | Baku | Azerbaijani
    Hong Kong | | | Hongkonger
    Vatican City | Holy See, Vatican | |
    """
}
