## My log: the user's own entries.

my-log-title = Kayıtlarım
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Bu hafta: { $occasions } { $occasions ->
    [one] etkinlik
   *[other] etkinlik
}, { $people } { $people ->
    [one] kişiye
   *[other] kişiye
} ulaşıldı
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Bu ay: { $occasions } { $occasions ->
    [one] etkinlik
   *[other] etkinlik
}, { $people } { $people ->
    [one] kişiye
   *[other] kişiye
} ulaşıldı
my-log-new = Yeni etkinlik kaydet
my-log-drafts = Tamamlanacak taslaklar
my-log-draft-untitled = Yeri seçilmemiş taslak
my-log-empty = Henüz kayıtlı etkinlik yok.
my-log-not-sent = Henüz gönderilmedi
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] kişi
   *[other] kişi
}
my-log-sent = Belediyeye ulaştı
my-log-refused = Belediye kabul etmedi – açıp yeniden kaydedin
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Kaydeden: { $name }
my-log-delete = Sil
my-log-delete-question = Etkinlik silinsin mi?
my-log-delete-yes = Sil
my-log-delete-no = Vazgeç
my-log-deleted = Etkinlik silindi.
my-log-settings = Ayarlar
my-log-more = Daha fazla göster
my-log-key-in-file = Cihazın veritabanı anahtarı bir dosyada tutuluyor, çünkü cihazda onu kabul edecek çalışan bir anahtarlık yok.
