## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Ana menü
nav-log = Kayıt
nav-my-log = Kayıtlarım
nav-coordinator = Koordinasyon
nav-language = Dil
action-dismiss = Kapat
action-undo = Geri al

error-invalid = Kaydetmeden önce formda düzeltilmesi gereken bir şey var.
error-invalid-profile = Profil eksik.
error-not-found = Bu kayıt artık yok.
error-not-a-draft = Kaydedilmiş bir kayıt yeniden taslak olamaz.
error-newer-schema = Cihazdaki veritabanı, uygulamanın daha yeni bir sürümünden geliyor. Uygulamayı güncelleyin.
error-storage = Cihazın depolama alanı şu anda çalışmıyor. Yeni bir şey kaydedilmedi; tekrar deneyin.
error-locked = Cihazdaki bilgiler açılamıyor: anahtarları eksik ya da eşleşmiyor. Hiçbir şey silinmedi. Koordinatörünüzle iletişime geçin.
error-internal = Uygulamada bir sorun oluştu. Tekrar deneyin.
error-unauthorized = Cihaz belediyeye bağlı değil ya da bağlantı artık geçerli değil.
error-revoked = Bir koordinatör cihazın bağlantısını kesti. Cihazdaki bilgiler siliniyor.
error-update-required = Uygulama, belediyenin sunucusu için çok eski. Uygulamayı güncelleyin.
error-bad-request = Sunucu isteği okuyamadı.
error-too-large = Gönderilen veri sunucu için çok büyük.
error-sequence-gap = Gönderimde bazı değişiklikler eksikti; yeniden gönderilecek.
error-invalid-code = Kod tanınmıyor, daha önce kullanılmış ya da süresi geçmiş. Koordinatörünüzden yeni bir kod isteyin.
error-code-used-elsewhere = Bu kod daha önce başka bir cihazı bağlamak için kullanılmış. Koordinatörünüzden yeni bir kod isteyin.
error-invalid-server = Sunucu adresi https:// ile başlamalıdır. Doğru adresi koordinatörünüze sorun.
error-unsent-entries = Önceki kullanıcının etkinlikleri henüz sunucuya ulaşmadı.
error-unavailable = Sunucu bu işlemi şu anda tamamlayamadı. Hiçbir şey değişmedi; tekrar deneyin.
error-offline = Sunucuya ulaşılamadı. Bekleyenler, internet bağlantısı olunca gönderilecek.
error-wrong-login = Kullanıcı adı veya şifre yanlış.
error-too-many-attempts = Çok fazla başarısız giriş denemesi. Çeyrek saat bekleyip tekrar deneyin.
error-forbidden = Rolünüz veya projeleriniz buna erişim izni vermiyor.
error-account-disabled = Hesap devre dışı bırakıldı. Yöneticiyle iletişime geçin.
error-weak-password = Şifre en az 12 karakter olmalıdır.
error-handed-in = Rapor teslim edildi; artık değiştirilmez.

stepper-decrease = Azalt
stepper-increase = Artır
count-not-a-number = Bir tam sayı yazın, örneğin 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Tek bir etkinlik için { $max } sayısından fazlası gerçekçi değil.
