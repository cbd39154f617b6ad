## First start: language, name and projects.

setup-title = { -brand-name } uygulamasına hoş geldiniz
setup-intro = Burada bölge sakinleriyle görüşmelerinizi kaydedersiniz: nerede, ne zaman, ne hakkında ve kaç kişiyle. Kiminle olduğunu asla yazmazsınız.
setup-language = Dil
setup-name = Adınız
setup-name-hint = Adınızı koordinatörler görür, bölge sakinleri görmez.
setup-projects = Projeleriniz
setup-start = Kayda başla
setup-problem-name-missing = Adınızı yazın.
setup-problem-name-too-long = Ad çok uzun.
setup-problem-no-project = En az bir proje seçin.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Bir koordinatör bu cihazın belediyeyle bağlantısını kesti. Cihazdaki her şey { $time } tarihinde silindi. Baştan başlayıp yeni bir kodla bağlanabilirsiniz.
