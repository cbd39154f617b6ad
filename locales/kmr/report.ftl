## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Rapor
report-kind-half-year = Rapora navîn
report-kind-final = Rapora dawî
report-kind-annual = Kurteya salane
report-kind = Rapor
report-year = Sal
report-half = Nîvsal
report-half-first = Çile–Hezîran
report-half-second = Tîrmeh–Kanûn
report-show = Raporê nîşan bide
report-summary = Kurte
report-period = Heyam
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Dema dawî ya radestkirinê
report-project = Proje
report-status = Rewş
report-status-ongoing = Berdewam e
report-status-finished = Qediya
report-group = Kom
report-table = Tablo
report-reached = Gihîştin
report-expected = Li gorî serlêdanê çaverêkirî
report-new = Yên nû di projeyê de
report-new-note = Gihîştin têkiliyan dijmêre: heman kes di deh çalakiyan de deh caran tê hejmartin. Yên nû di projeyê de ew in ku cara yekem hatine, û hejmarên çaverêkirî bi wan re têne berhevkirin.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } çalakî hat qeydkirin bêyî ku were gotin çend kes di projeyê de nû bûn.
   *[other] { $count } çalakî hatin qeydkirin bêyî ku were gotin çend kes di projeyê de nû bûn.
}
report-share = Rêjeya yên nû li gorî çaverêkirinê
report-women = Jin
report-men = Mêr
report-girls = Keç
report-boys = Kur
report-other = Yên din an nediyar
report-total = Tevahî
report-occasions = Çalakî
report-hours = Saet
report-by-area = Kes li gorî herêmê
report-by-topic = Kes li gorî mijarê
report-by-venue-type = Kes li gorî cureyê cih
report-by-language = Kes li gorî zimên
report-referrals = Rêkirin li gorî xizmetê
report-questions = Pirs li gorî kategoriyê
report-count = Hejmar
report-text-done = Kîjan çalakî hatin kirin
report-text-analysis = Analîza gihîştina armancan
report-text-afterwards = Ezmûn çawa têne bikaranîn
report-outcomes = Encam
report-target = Armanc
report-target-share = Rêjeya li gorî armancê
report-partners = Hevkar
report-development-areas = Qadên pêşveçûnê
report-text-areas = Nivîs li gorî qada pêşveçûnê
report-text-projects = Nivîs li gorî projeyê
report-save-texts = Nivîsan tomar bike
report-texts-saved = Nivîs hatin tomarkirin.
report-threshold = Nirxên di bin vê hejmarê de veşêre
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Nirxên ji 1 heta di bin { $threshold } de nayên nîşandan, da ku tu kes neyê naskirin.
report-suppressed-more = Hin nirxên din jî tên veşartin, da ku tu nirxên veşartî ji serjemên ku tên nîşandan neyên hesibandin.
report-suppressed = veşartî
report-export-xlsx = Wek Excel daxe (XLSX)
report-export-csv = Wek CSV daxe
report-print = Çap bike
report-no-projects = Di vê heyamê de tu projeyeke te nedomiya.
report-personal-data = Wisa xuya dike ku di nivîsê de agahiyên kesane hene (personnummer, hejmara telefonê an e-name). Berî tomarkirinê wan jê bibe.
report-hand-in = Raporê radest bike
report-hand-in-question = Tu dixwazî raporê wek ku niha ye radest bikî? Hejmar û nivîsên wê têne qefilandin, û rastkirinên ku paşê werin kirin wek cudahî têne nîşandan.
report-hand-in-yes = Erê, radest bike
report-hand-in-no = Betal bike
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = { $name } di { $date } de radest kir. Rapor wek ku hatiye radestkirin tê nîşandan.
report-changes = Guhertinên piştî radestkirinê
report-no-changes = Ji radestkirinê ve tiştek nehatiye guhertin.
report-change-figure = Agahî
report-change-then = Di dema radestkirinê de
report-change-now = Niha
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, nû di projeyê de
report-calendar = Salnameya raporan
report-calendar-report = Rapor
report-calendar-due = Dema dawî ya radestkirinê
report-calendar-standing = Rewş
report-calendar-open = Veke
report-calendar-empty = Ji bo projeyên te tu rapor tune ne ku werin radestkirin.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Rapora navîn { $year }, nîvsal { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Di { $date } de hat radestkirin
report-standing-running = Heyam berdewam e
report-standing-due = Divê were radestkirin
report-standing-overdue = Dereng maye
