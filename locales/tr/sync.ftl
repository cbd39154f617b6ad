## Sync with the municipality's server.

sync-title = Belediyeyle bağlantı
sync-intro = Koordinatörünüzden alacağınız bir kodla, kaydettikleriniz cihaz internete bağlandığında belediyeye gönderilir.
sync-server = Sunucu adresi
sync-code = Koordinatörden alınan kod
sync-connect = Bağlan
# Variables:
#   $server (String) - the server address
sync-connected = Bağlı sunucu: { $server }
sync-now = Şimdi eşitle
sync-running = Eşitleniyor…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Gönderiliyor: { $sent } / { $total }…
sync-never = Henüz başarılı bir eşitleme olmadı.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Son başarılı eşitleme: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Bekleyen bir şey yok.
    [one] { $count } etkinlik gönderilmeyi bekliyor.
   *[other] { $count } etkinlik gönderilmeyi bekliyor.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Son deneme başarısız oldu: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] Önceki kullanıcının kaydettiği { $count } etkinlik sunucuya ulaşmadı ve şu anda gönderilemiyor. Yeni kullanıcı olarak bağlanırsanız bu cihazdan silinecek.
   *[other] Önceki kullanıcının kaydettiği { $count } etkinlik sunucuya ulaşmadı ve şu anda gönderilemiyor. Yeni kullanıcı olarak bağlanırsanız bu cihazdan silinecek.
}
sync-handover-discard = Sil ve bağlan
sync-handover-cancel = İptal
sync-new-code = Yeni kodla bağlan
status-offline = İnternet bağlantısı yok. Kaydettikleriniz cihazda saklanır ve daha sonra gönderilir.
sync-scan = Koordinatörün QR kodunu tara
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Cihaz { $host } sunucusuna bağlanacak.
