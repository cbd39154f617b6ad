## The log form: one outreach occasion.

log-title-new = Çalakiya nû
log-title-edit = Çalakiyê biguherîne
log-title-draft = Reşnivîs
log-project = Proje
log-choose = Hilbijêre…
log-date = Dîrok
log-start-time = Dema destpêkê
log-duration = Demdirêjî
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } deqe
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } saet
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } saet û { $minutes } deqe
log-area = Herêm
log-venue = Cih
log-venue-type = Cureyê cih
log-format = Şêwe
log-languages = Zimanên hatine bikaranîn
log-topics = Mijar
log-people = Hejmara kesên ku em gihîştinê
log-people-women = Jin
log-people-men = Mêr
log-people-girls = Keç
log-people-boys = Kur
log-people-other = Yên din / nediyar
# Variables:
#   $total (Number) - everyone reached
log-people-total = Bi giştî { $total } { $total ->
    [one] kes
   *[other] kes
}
log-new-people = Ji wan, yên nû di projeyê de
log-new-people-hint = Yên ku cara yekem hatine vê projeyê. Tenê bijmêre, tu navan nenivîse.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Rêkirin ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Pirs li gorî kategoriyê ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Encam ({ $total })
log-partners = Hevkar
log-co-hosts = Kesên din ên ku çalakî bi rê ve birin
log-note = Têbînî
log-note-hint = Binivîse ka çi hat kirin, lê qet nenivîse kî bû: bê nav, bê personnummer, bê hejmara telefonê û bê navnîşana e-nameyê.
log-problems-title = Berî ku çalakî were tomarkirin:
log-problem-missing-project = Projeyekê hilbijêre.
log-problem-missing-date = Dîrokê binivîse.
log-problem-missing-start-time = Dema destpêkê binivîse.
log-problem-missing-duration = Demdirêjiyê hilbijêre.
log-problem-missing-area = Herêmê hilbijêre.
log-problem-missing-venue = Cih hilbijêre.
log-problem-missing-venue-type = Cureyê cih hilbijêre.
log-problem-missing-format = Şêweyê hilbijêre.
log-problem-missing-languages = Herî kêm zimanekî ku hat bikaranîn hilbijêre.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Hejmarek ne hejmareke tam e di navbera 0 û { $max } de. Qada nîşankirî rast bike.
log-problem-missing-other = Qadek kêm e.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } êdî di lîsteyê de tune ye. Dîsa hilbijêre.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Mijara { $item } ne ya vê projeyê ye.
log-problem-section-not-used = Proje vê beşa formê bi kar nayîne.
log-problem-bad-co-host = Kesek ku te çalakî pê re bi rê ve bir êdî di projeyê de tune ye. Wî kesî rake û dîsa tomar bike.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } du caran an bi hejmara sifir hatiye nivîsîn.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Demdirêjî divê di navbera { $min } û { $max } deqeyan de be.
log-problem-new-people = Ji kesên ku em gihîştinê bêtir kes wek nû hatine nîşankirin. Yên nû di nav kesên ku em gihîştinê de têne hejmartin.
log-problem-date-future = Ev dîrok hîn nehatiye. Dîroka îro an dîrokeke berê hilbijêre.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Proje di { $start } de dest pê kir. Wê rojê an dîrokeke piştî wê hilbijêre.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Proje di { $end } de bi dawî bû. Wê rojê an dîrokeke berî wê hilbijêre.
log-problem-date-not-kept = Şaredarî çalakiyan tenê ji { $start } û pê ve diparêze (paqijkirina demkî). Çalakiyeke kevintir nayê qebûlkirin.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Têbînî herî zêde dikare { $max } tîpan be.
log-nobody-question = Di vê çalakiyê de em negihîştin tu kesî. Tu dixwazî dîsa jî tomar bikî?
log-nobody-save = Erê, tomar bike
log-nobody-back = Na, vegere
log-unsaved-changes = Guhertinên vê çalakiyê ne temam in. Wan temam bike û tomar bike, an jî betal bike.
log-discard = Guhertinan betal bike
log-save = Tomar bike
log-saved = Hat tomarkirin. Dema ku cîhaz girêdayî be, dê were şandin.
log-again-title = Wek berê qeyd bike
