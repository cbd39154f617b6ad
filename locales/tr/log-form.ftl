## The log form: one outreach occasion.

log-title-new = Yeni etkinlik
log-title-edit = Etkinliği düzenle
log-title-draft = Taslak
log-project = Proje
log-choose = Seçin…
log-date = Tarih
log-start-time = Başlangıç saati
log-duration = Süre
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } dk
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } sa
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } sa { $minutes } dk
log-area = Bölge
log-venue = Yer
log-venue-type = Yer türü
log-format = Biçim
log-languages = Kullanılan diller
log-topics = Konular
log-people = Ulaşılan kişi sayısı
log-people-women = Kadınlar
log-people-men = Erkekler
log-people-girls = Kız çocukları
log-people-boys = Erkek çocukları
log-people-other = Diğer / belirtilmemiş
# Variables:
#   $total (Number) - everyone reached
log-people-total = Toplam { $total } { $total ->
    [one] kişi
   *[other] kişi
}
log-new-people = Bunlardan projede yeni olanlar
log-new-people-hint = Bu projeye ilk kez katılanlar. Yalnızca sayın, isim yazmayın.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Yönlendirmeler ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Kategoriye göre sorular ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Sonuçlar ({ $total })
log-partners = İş birliği ortakları
log-co-hosts = Birlikte yürüttüğünüz kişiler
log-note = Not
log-note-hint = Kimin değil, ne yapıldığını yazın: isim, kimlik numarası (personnummer), telefon numarası veya e-posta adresi yazmayın.
log-problems-title = Etkinliği kaydetmeden önce:
log-problem-missing-project = Proje seçin.
log-problem-missing-date = Tarihi girin.
log-problem-missing-start-time = Başlangıç saatini girin.
log-problem-missing-duration = Süreyi seçin.
log-problem-missing-area = Bölgeyi seçin.
log-problem-missing-venue = Yeri seçin.
log-problem-missing-venue-type = Yer türünü seçin.
log-problem-missing-format = Biçimi seçin.
log-problem-missing-languages = Kullanılan en az bir dil seçin.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Sayılardan biri 0 ile { $max } arasında bir tam sayı değil. İşaretli alanı düzeltin.
log-problem-missing-other = Bir alan eksik.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } artık listede yok. Yeniden seçin.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = { $item } konusu bu projeye ait değil.
log-problem-section-not-used = Proje, formun bu bölümünü kullanmıyor.
log-problem-bad-co-host = Etkinliği birlikte yürüttüğünüz kişilerden biri artık projede değil. Bu kişiyi kaldırıp yeniden kaydedin.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } iki kez ya da sıfır sayısıyla girilmiş.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Süre { $min } ile { $max } dakika arasında olmalı.
log-problem-new-people = Yeni olarak işaretlenen kişi sayısı ulaşılan kişi sayısından fazla. Yeni olanlar ulaşılanların içinde sayılır.
log-problem-date-future = Bu tarih henüz gelmedi. Bugünün tarihini veya daha önceki bir tarihi seçin.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Proje { $start } tarihinde başladı. O günü veya daha sonraki bir tarihi seçin.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Proje { $end } tarihinde sona erdi. O günü veya daha önceki bir tarihi seçin.
log-problem-date-not-kept = Belediye etkinlikleri yalnızca { $start } tarihinden itibaren saklar (arşiv imhası). Daha eski bir etkinlik kabul edilmez.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Not en fazla { $max } karakter olabilir.
log-nobody-question = Bu etkinlikte kimseye ulaşılmadı. Yine de kaydetmek istiyor musunuz?
log-nobody-save = Evet, kaydet
log-nobody-back = Hayır, geri dön
log-unsaved-changes = Etkinlikteki değişiklikler tamamlanmadı. Tamamlayıp kaydedin ya da geri alın.
log-discard = Değişiklikleri geri al
log-save = Kaydet
log-saved = Kaydedildi. Cihaz bağlandığında gönderilecek.
log-again-title = Öncekinin aynısını kaydet
