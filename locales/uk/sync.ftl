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
