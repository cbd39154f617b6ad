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
