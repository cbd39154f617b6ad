## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Koordinatör olarak giriş yap
coordinator-login-name = Kullanıcı adı
coordinator-password = Şifre
coordinator-login-button = Giriş yap
coordinator-logout = Çıkış yap
coordinator-activities-title = Kaydedilen etkinlikler
coordinator-from = Başlangıç
coordinator-to = Bitiş
coordinator-project = Proje
coordinator-all-projects = Tüm projelerim
coordinator-column-date = Tarih
coordinator-column-project = Proje
coordinator-column-area = Bölge
coordinator-column-venue = Yer
coordinator-column-people = Ulaşılan
coordinator-column-author = Kaydeden
coordinator-previous = Önceki
coordinator-next = Sonraki
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Giriş yapan: { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Etkinlik yok.
    [one] { $count } etkinlik.
   *[other] { $count } etkinlik.
}
coordinator-nav-activities = Etkinlikler
coordinator-nav-overview = Genel bakış
coordinator-overview-title = Genel bakış
coordinator-occasions = etkinlik
coordinator-hours = saat
coordinator-people-total = kişiye ulaşıldı
coordinator-active-guides = aktif sağlık rehberi ve çalışan
coordinator-by-month = Aylara göre ulaşılan kişiler
coordinator-by-area = Bölgeye göre
coordinator-topics = Konular
coordinator-languages = Diller
coordinator-column-occasions = Etkinlikler
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Kadın { $women }, erkek { $men }, kız çocuk { $girls }, erkek çocuk { $boys }, diğer veya belirtilmemiş { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Göster
coordinator-field-format = Biçim
coordinator-field-minutes = Dakika
coordinator-field-note = Not
coordinator-reviewed = İncelendi
coordinator-reviewed-any = Tümü
coordinator-filter-any = Tümü
coordinator-reviewed-waiting = İnceleme bekliyor
coordinator-reviewed-done = İncelenenler
coordinator-yes = Evet
coordinator-no = Hayır
coordinator-mark-reviewed = İncelendi olarak işaretle
coordinator-mark-unreviewed = İncelendi işaretini kaldır
coordinator-correct-title = Bir alanı düzelt
coordinator-correct-field = Alan
coordinator-correct-value = Yeni değer
coordinator-correct-button = Düzelt
coordinator-corrected = Düzeltme kaydedildi; bir sonraki eşitlemede rehberin cihazlarına ulaşacak.
coordinator-bad-value = Değer bu alana uymuyor: sayılar tam sayı olmalı, tarih YYYY-MM-DD biçiminde yazılır.
coordinator-by-gender-title = Cinsiyete ve yaş grubuna göre ulaşılan kişiler
coordinator-venues = Yerler

## Kept conflicts.

coordinator-nav-conflicts = Çakışmalar
coordinator-conflicts-title = Karar bekleyen çakışmalar
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Bekleyen çakışma yok.
    [one] { $count } çakışma bekliyor.
   *[other] { $count } çakışma bekliyor.
}
coordinator-conflict-field = Alan
coordinator-conflict-kept = Kaydedilen değer
coordinator-conflict-lost = Kaydedilmeyen değer
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = kaynak: { $name }
coordinator-conflict-keep = Kaydedilen değeri koru
coordinator-conflict-take = Diğer değeri al

## People and devices.

coordinator-nav-people = Kişiler ve cihazlar
coordinator-people-title = Kişiler ve cihazlar
coordinator-person-name = Ad
coordinator-person-role = Rol
coordinator-role-guide = Sağlık rehberi
coordinator-role-staff = Çalışan
coordinator-role-coordinator = Koordinatör
coordinator-role-admin = Yönetici
coordinator-role-viewer = Okuyucu (yönlendirme grubu, ortak finansör)
coordinator-devices = Cihazlar
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Sürüm { $version }, son eşitleme { $seen }
coordinator-never = hiç
coordinator-revoked = Bağlantısı kesildi
coordinator-revoke = Bağlantıyı kes
coordinator-issue-code = Cihaz bağlamak için yeni kod
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = { $name } için tek kullanımlık kod:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Geçerlilik sonu: { $at } (UTC).
coordinator-code-qr = Sunucu adresini ve tek kullanımlık kodu içeren QR kod
coordinator-new-person = Kişi ekle
coordinator-create-person = Ekle

## Reference lists.

coordinator-nav-reference = Listeler
coordinator-reference-title = Listeler ve projeler
coordinator-list = Liste
coordinator-list-projects = Projeler
coordinator-list-questions = Soru kategorileri
coordinator-list-referrals = Yönlendirmeler
coordinator-list-outcomes = Sonuçlar
coordinator-list-development-areas = Gelişim alanları
coordinator-list-partners = İş birliği ortakları
coordinator-code = Kod
coordinator-retired = Kullanımdan kaldırıldı
coordinator-add-item = Listeye ekle
coordinator-add-target = Dönem ekle
coordinator-project-start = Projenin başlangıcı
coordinator-project-end = Projenin bitişi (son rapor bir ay sonra teslim edilir)
coordinator-save-reference = Listeleri kaydet
coordinator-reference-saved = Listeler kaydedildi; bir sonraki eşitlemede cihazlara ulaşacak.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Hesap
account-disabled = Devre dışı
account-disable = Hesabı devre dışı bırak
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = { $name } adlı kişinin hesabı devre dışı bırakılsın mı? Bu hesaptaki tüm oturumlar hemen kapanır ve bu kişinin cihazlarının bağlantısı hemen kesilir; cihazlardaki bilgiler bir sonraki eşitlemede silinir.
account-disable-yes = Evet, devre dışı bırak
account-enable = Hesabı etkinleştir
account-cancel = İptal
account-reset = Şifreyi sıfırla
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = { $name } için tek kullanımlık kod (kullanıcı adı: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Kod, { $at } (UTC) tarihine kadar yalnızca bir kez kullanılabilir. Kodu yalnızca kişinin kendisine verin.
password-change = Şifreyi değiştir
password-current = Mevcut şifre
password-new = Yeni şifre (en az 12 karakter)
password-repeat = Yeni şifreyi tekrar yazın
password-mismatch = İki yeni şifre aynı değil.
password-changed = Şifre değiştirildi. Bu hesaptaki diğer tüm oturumlar kapatıldı.
password-reset-link = Şifre belirlemek için tek kullanımlık bir kod aldınız mı?
password-reset-title = Yeni bir şifre belirleyin
password-reset-code = Tek kullanımlık kod
password-reset-done = Şifre belirlendi. Yeni şifrenizle giriş yapın.
session-ended = Sayfa bir saat boyunca kullanılmadığı veya şifre değiştirildiği için oturumunuz kapatıldı. Tekrar giriş yapın.
coordinator-code-link = Ya da bağlantıyı gönderin; uygulama yapıştırılan bağlantıyı kabul eder:
coordinator-volunteer-hours = Gönüllü saatleri
coordinator-volunteer-hours-about = Dönem içinde her kişinin kaydettiği ya da kaydeden kişiyle birlikte yürüttüğü etkinlikler ve saatler (kendi süresiyle); hiçbir şeyi olmayanlar da dahil.
coordinator-volunteer-hours-none = Bu dönemde projede kimse yok.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Saklama süresi
retention-title = Saklama süresi
retention-about = Etkinliklerin, yapıldıkları günden itibaren ne kadar süre saklanacağı. Daha eski etkinlikler, onlarla ilgili kaydedilen her şeyle birlikte silinir. Teslim edilen raporlar, teslim edildikleri hâliyle kalır.
retention-months = Kaç ay saklansın (boş: süresiz)
retention-save = Kaydet
retention-forever = Etkinlikler süresiz saklanır.
retention-state = Etkinlikler { $day } tarihinden itibaren saklanır. { $older ->
    [0] Daha eski etkinlik yok.
    [one] Daha eski bir etkinlik var.
   *[other] Daha eski { $older } etkinlik var.
}
retention-thin = Şimdi sil
retention-thin-question = { $older ->
    [one] Bir etkinlik
   *[other] { $older } etkinlik
}, sürümleri ve çakışmalarıyla birlikte kalıcı olarak silinecek. Bu işlem geri alınamaz. Silinsin mi?
retention-thin-yes = Evet, sil
retention-thin-no = İptal
retention-thinned = { $thinned ->
    [0] Silinmesi gereken etkinlik yoktu.
    [one] Bir etkinlik silindi.
   *[other] { $thinned } etkinlik silindi.
}
