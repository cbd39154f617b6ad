## The log form: one outreach occasion.

log-title-new = Kulan cusub
log-title-edit = Wax ka beddel kulanka
log-title-draft = Qabyo
log-project = Mashruuc
log-choose = Dooro…
log-date = Taariikh
log-start-time = Waqtiga bilowga
log-duration = Muddada
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } daqiiqo
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } saac
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } saac iyo { $minutes } daqiiqo
log-area = Aagga
log-venue = Goobta
log-venue-type = Nooca goobta
log-format = Qaabka
log-languages = Luqadaha la isticmaalay
log-topics = Mawduucyada
log-people = Tirada dadka la gaaray
log-people-women = Haween
log-people-men = Rag
log-people-girls = Gabdho
log-people-boys = Wiilal
log-people-other = Kale / lama sheegin
# Variables:
#   $total (Number) - everyone reached
log-people-total = Wadarta { $total } { $total ->
    [one] qof
   *[other] qof
}
log-new-people = Waxaa ka mid ah kuwa cusub ee mashruuca
log-new-people-hint = Kuwa markii ugu horreysay yimid mashruucan. Tiri oo keliya, magacna ha qorin.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = U gudbinta ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Su'aalaha, qayb kasta ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Natiijooyinka ({ $total })
log-partners = La-hawlgalayaasha
log-co-hosts = Kuwa aad la qabatay kulanka
log-note = Qoraal
log-note-hint = Qor waxa la qabtay, ha qorin cidda: magac, personnummer, lambar taleefan iyo ciwaan e-mail midna ha qorin.
log-problems-title = Ka hor inta aan kulanka la kaydin:
log-problem-missing-project = Dooro mashruuc.
log-problem-missing-date = Geli taariikhda.
log-problem-missing-start-time = Geli waqtiga bilowga.
log-problem-missing-duration = Dooro muddada.
log-problem-missing-area = Dooro aagga.
log-problem-missing-venue = Dooro goobta.
log-problem-missing-venue-type = Dooro nooca goobta.
log-problem-missing-format = Dooro qaabka.
log-problem-missing-languages = Dooro ugu yaraan hal luqad oo la isticmaalay.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Tiro ka mid ah ma aha tiro dhan oo u dhaxaysa 0 iyo { $max }. Sax sanduuqa la calaamadeeyay.
log-problem-missing-other = Sanduuq ayaa maqan.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } hadda kuma jiro liiska. Mar kale dooro.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Mawduuca { $item } kama tirsana mashruucan.
log-problem-section-not-used = Mashruucu ma isticmaalo qaybtan foomka.
log-problem-bad-co-host = Qof aad kulanka la qabatay kama tirsana mashruuca hadda. Ka saar oo mar kale kaydi.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } laba jeer ayaa la geliyay, ama tiro eber ah ayaa lagu geliyay.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Muddadu waa inay u dhaxaysaa { $min } iyo { $max } daqiiqo.
log-problem-new-people = Kuwa loo calaamadeeyay inay cusub yihiin ayaa ka badan kuwa la gaaray. Kuwa cusub waxaa lagu tiriyaa kuwa la gaaray.
log-problem-date-future = Taariikhdani weli ma iman. Dooro taariikhda maanta ama mid ka horreysa.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Mashruucu wuxuu bilaabmay { $start }. Dooro maalintaas ama taariikh ka dambaysa.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Mashruucu wuxuu dhammaaday { $end }. Dooro maalintaas ama taariikh ka horreysa.
log-problem-date-not-kept = Degmadu waxay kaydisaa kulamada laga bilaabo { $start } oo keliya (tirtirid xilliyeed). Kulan ka duqsan lama aqbalo.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Qoraalku waa inuusan ka badnaan { $max } xaraf.
log-nobody-question = Qofna lama gaarin kulankan. Ma rabtaa inaad kaydiso si kastaba?
log-nobody-save = Haa, kaydi
log-nobody-back = Maya, dib u noqo
log-unsaved-changes = Isbeddellada kulanka weli ma dhammaan. Dhammaystir oo kaydi, ama ka noqo.
log-discard = Ka noqo isbeddellada
log-save = Kaydi
log-saved = Waa la kaydiyay. Waa la diri doonaa marka qalabku xiriir leeyahay.
log-again-title = Diiwaangeli sidii hore oo kale
