## Sync with the municipality's server.

sync-title = Під'єднання до комуни
sync-intro = З кодом від вашого координатора все, що ви записуєте, надсилається до комуни, коли пристрій має мережу.
sync-server = Адреса сервера
sync-code = Код від координатора
sync-connect = Під'єднати
# Variables:
#   $server (String) - the server address
sync-connected = Під'єднано до { $server }
sync-now = Синхронізувати зараз
sync-running = Синхронізація…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Надсилання { $sent } з { $total }…
sync-never = Ще жодна синхронізація не вдалася.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Остання вдала синхронізація: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Нічого не очікує.
    [one] { $count } захід очікує надсилання.
    [few] { $count } заходи очікують надсилання.
    [many] { $count } заходів очікують надсилання.
   *[other] { $count } заходу очікують надсилання.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Остання спроба не вдалася: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } захід, записаний попереднім користувачем, не дійшов до сервера, і зараз його не можна надіслати. Якщо ви під'єднаєтеся як новий користувач, його буде видалено з цього пристрою.
    [few] { $count } заходи, записані попереднім користувачем, не дійшли до сервера, і зараз їх не можна надіслати. Якщо ви під'єднаєтеся як новий користувач, їх буде видалено з цього пристрою.
    [many] { $count } заходів, записаних попереднім користувачем, не дійшли до сервера, і зараз їх не можна надіслати. Якщо ви під'єднаєтеся як новий користувач, їх буде видалено з цього пристрою.
   *[other] { $count } заходу, записаних попереднім користувачем, не дійшли до сервера, і зараз їх не можна надіслати. Якщо ви під'єднаєтеся як новий користувач, їх буде видалено з цього пристрою.
}
sync-handover-discard = Видалити й під'єднати
sync-handover-cancel = Скасувати
sync-new-code = Під'єднати за новим кодом
status-offline = Немає з'єднання з мережею. Те, що ви записуєте, зберігається на пристрої й буде надіслано пізніше.
sync-scan = Сканувати QR-код від координатора
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Пристрій буде під'єднано до { $host }.
