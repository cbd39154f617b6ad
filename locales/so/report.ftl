## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Warbixinnada
report-kind-half-year = Warbixin lix-bilood ah
report-kind-final = Warbixinta kama dambaysta ah
report-kind-annual = Soo koobid sannadeed
report-kind = Warbixin
report-year = Sannad
report-half = Lix bilood
report-half-first = Janaayo–Juun
report-half-second = Luulyo–Diseembar
report-show = Tus warbixinta
report-summary = Soo koobid
report-period = Muddo
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Waa in la gudbiyaa ugu dambayn
report-project = Mashruuc
report-status = Xaalad
report-status-ongoing = Socda
report-status-finished = Dhammaaday
report-group = Koox
report-table = Shax
report-reached = La gaaray
report-expected = La filayay sida codsiga ku qoran
report-new = Kuwa cusub ee mashruuca
report-new-note = La gaaray wuxuu tiriyaa xiriirada: isla qofka oo joogay toban kulan waxaa loo tiriyaa toban jeer. Kuwa cusub ee mashruuca waa kuwa markii ugu horreysay yimid, iyaga ayaana lala barbar dhigaa tirada la filayay.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } kulan ayaa la diiwaangeliyay iyada oo aan la sheegin imisa qof oo cusub ay mashruuca ku soo biireen.
   *[other] { $count } kulan ayaa la diiwaangeliyay iyada oo aan la sheegin imisa qof oo cusub ay mashruuca ku soo biireen.
}
report-share = Saamiga kuwa cusub ee inta la filayay
report-women = Haween
report-men = Rag
report-girls = Gabdho
report-boys = Wiilal
report-other = Kale ama lama sheegin
report-total = Wadarta
report-occasions = Kulamada
report-hours = Saacadaha
report-by-area = Dadka la gaaray, aag ahaan
report-by-topic = Dadka la gaaray, mawduuc ahaan
report-by-venue-type = Dadka la gaaray, nooca goobta ahaan
report-by-language = Dadka la gaaray, luqad ahaan
report-referrals = U gudbinta, adeeg ahaan
report-questions = Su'aalaha, qayb kasta
report-count = Tirada
report-text-done = Hawlaha la qabtay
report-text-analysis = Falanqaynta gaarista yoolalka
report-text-afterwards = Sida waayo-aragnimada looga faa'iidaysanayo
report-outcomes = Natiijooyinka
report-target = Hadafka
report-target-share = Saamiga hadafka
report-partners = La-hawlgalayaasha
report-development-areas = Qaybaha horumarinta
report-text-areas = Qoraal, qayb horumarin kasta
report-text-projects = Qoraal, mashruuc kasta
report-save-texts = Kaydi qoraallada
report-texts-saved = Qoraallada waa la kaydiyay.
report-threshold = Qari tirooyinka ka hooseeya
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Tirooyinka 1 ilaa inta ka hooseysa { $threshold } lama muujiyo, si aan qofna loo garan.
report-suppressed-more = Xoogaa tirooyin kale ah ayaa sidoo kale la qariyaa, si aan tiro qarsoon looga xisaabin karin wadarrada la muujiyo.
report-suppressed = qarsoon
report-export-xlsx = Soo deji Excel ahaan (XLSX)
report-export-csv = Soo deji CSV ahaan
report-print = Daabac
report-no-projects = Mashaariicdaada midna ma socon muddadan.
report-personal-data = Qoraalku wuxuu u muuqdaa inuu ku jiro xog shakhsi ah (personnummer, lambar taleefan ama e-mail). Ka saar ka hor intaadan kaydin.
report-hand-in = Gudbi warbixinta
report-hand-in-question = Ma rabtaa inaad warbixinta u gudbiso sida ay hadda tahay? Tirooyinkeeda iyo qoraalladeeda waa la xirayaa, saxitaannada dambe ee la sameeyona waxay u muuqan doonaan farqi.
report-hand-in-yes = Haa, gudbi
report-hand-in-no = Jooji
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Waxaa gudbiyay { $name } taariikhda { $date }. Warbixinta waxaa loo muujiyaa sidii loo gudbiyay.
report-changes = Waxa isbeddelay tan iyo gudbinta
report-no-changes = Waxba isma beddelin tan iyo gudbinta.
report-change-figure = Xog
report-change-then = Markii la gudbiyay
report-change-now = Hadda
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, kuwa cusub ee mashruuca
report-calendar = Jadwalka warbixinnada
report-calendar-report = Warbixin
report-calendar-due = Waa in la gudbiyaa ugu dambayn
report-calendar-standing = Xaalad
report-calendar-open = Fur
report-calendar-empty = Mashaariicdaadu ma laha warbixin ay tahay in la gudbiyo.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Warbixin lix-bilood ah { $year }, lix-bilaha { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = La gudbiyay { $date }
report-standing-running = Muddadu way socotaa
report-standing-due = Waa in la gudbiyaa
report-standing-overdue = Dib u dhacay
