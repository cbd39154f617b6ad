## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Raporlar
report-kind-half-year = Ara rapor
report-kind-final = Nihai rapor
report-kind-annual = Yıllık özet
report-kind = Rapor
report-year = Yıl
report-half = Yarıyıl
report-half-first = Ocak–Haziran
report-half-second = Temmuz–Aralık
report-show = Raporu göster
report-summary = Özet
report-period = Dönem
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Son teslim tarihi
report-project = Proje
report-status = Durum
report-status-ongoing = Devam ediyor
report-status-finished = Tamamlandı
report-group = Grup
report-table = Tablo
report-reached = Ulaşılan
report-expected = Başvuruda öngörülen
report-new = Projede yeni olanlar
report-new-note = Ulaşılan sayısı temasları sayar: on etkinliğe katılan aynı kişi on kez sayılır. Projede yeni olanlar ilk kez katılanlardır ve öngörülen sayılar onlarla karşılaştırılır.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } etkinlik, projede kaç kişinin yeni olduğu belirtilmeden kaydedildi.
   *[other] { $count } etkinlik, projede kaç kişinin yeni olduğu belirtilmeden kaydedildi.
}
report-share = Yenilerin öngörülene oranı
report-women = Kadınlar
report-men = Erkekler
report-girls = Kız çocukları
report-boys = Erkek çocukları
report-other = Diğer veya belirtilmemiş
report-total = Toplam
report-occasions = Etkinlikler
report-hours = Saat
report-by-area = Bölgeye göre ulaşılan kişiler
report-by-topic = Konuya göre ulaşılan kişiler
report-by-venue-type = Yer türüne göre ulaşılan kişiler
report-by-language = Dile göre ulaşılan kişiler
report-referrals = Hizmete göre yönlendirmeler
report-questions = Kategoriye göre sorular
report-count = Sayı
report-text-done = Hangi etkinlikler gerçekleştirildi
report-text-analysis = Hedeflere ulaşma durumunun analizi
report-text-afterwards = Deneyimlerden nasıl yararlanılacak
report-outcomes = Sonuçlar
report-target = Hedef
report-target-share = Hedefe ulaşma oranı
report-partners = İş birliği ortakları
report-development-areas = Gelişim alanları
report-text-areas = Gelişim alanına göre metin
report-text-projects = Projeye göre metin
report-save-texts = Metinleri kaydet
report-texts-saved = Metinler kaydedildi.
report-threshold = Şu sayının altındaki değerleri gizle
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Kimse tanınmasın diye 1 ile { $threshold } arasındaki değerler ({ $threshold } hariç) gösterilmez.
report-suppressed-more = Gösterilen toplamlardan gizli bir değer hesaplanamasın diye birkaç değer daha gizlenir.
report-suppressed = gizli
report-export-xlsx = Excel olarak indir (XLSX)
report-export-csv = CSV olarak indir
report-print = Yazdır
report-no-projects = Bu dönemde projelerinizin hiçbiri yürütülmedi.
report-personal-data = Metinde kişisel veri var gibi görünüyor (kimlik numarası, telefon numarası veya e-posta). Kaydetmeden önce silin.
report-hand-in = Raporu teslim et
report-hand-in-question = Rapor şu anki hâliyle teslim edilsin mi? Sayıları ve metinleri kilitlenir; sonradan yapılan düzeltmeler fark olarak gösterilir.
report-hand-in-yes = Evet, teslim et
report-hand-in-no = İptal
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = { $date } tarihinde { $name } tarafından teslim edildi. Rapor, teslim edildiği hâliyle gösteriliyor.
report-changes = Teslimden bu yana değişenler
report-no-changes = Teslimden bu yana hiçbir şey değişmedi.
report-change-figure = Veri
report-change-then = Teslim anında
report-change-now = Şimdi
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, projede yeni olanlar
report-calendar = Rapor takvimi
report-calendar-report = Rapor
report-calendar-due = Son teslim tarihi
report-calendar-standing = Durum
report-calendar-open = Aç
report-calendar-empty = Projelerinizin teslim edilecek raporu yok.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Ara rapor { $year }, { $half }. yarıyıl
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = { $date } tarihinde teslim edildi
report-standing-running = Dönem devam ediyor
report-standing-due = Teslim edilmeli
report-standing-overdue = Gecikmiş
