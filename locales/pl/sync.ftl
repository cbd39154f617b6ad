## Sync with the municipality's server.

sync-title = Połączenie z gminą
sync-intro = Dzięki kodowi od koordynatora to, co rejestrujesz, jest wysyłane do gminy, gdy urządzenie ma dostęp do sieci.
sync-server = Adres serwera
sync-code = Kod od koordynatora
sync-connect = Połącz
# Variables:
#   $server (String) - the server address
sync-connected = Połączono z serwerem: { $server }
sync-now = Synchronizuj teraz
sync-running = Trwa synchronizacja…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Wysyłanie: { $sent } z { $total }…
sync-never = Żadna synchronizacja jeszcze się nie udała.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Ostatnia udana synchronizacja: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Nic nie czeka na wysłanie.
    [one] { $count } spotkanie czeka na wysłanie.
    [few] { $count } spotkania czekają na wysłanie.
    [many] { $count } spotkań czeka na wysłanie.
   *[other] { $count } spotkania czeka na wysłanie.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Ostatnia próba nie powiodła się: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } spotkanie zarejestrowane przez poprzedniego użytkownika nie dotarło do serwera i nie można go teraz wysłać. Jeśli połączysz się jako nowy użytkownik, zostanie ono usunięte z tego urządzenia.
    [few] { $count } spotkania zarejestrowane przez poprzedniego użytkownika nie dotarły do serwera i nie można ich teraz wysłać. Jeśli połączysz się jako nowy użytkownik, zostaną one usunięte z tego urządzenia.
    [many] { $count } spotkań zarejestrowanych przez poprzedniego użytkownika nie dotarło do serwera i nie można ich teraz wysłać. Jeśli połączysz się jako nowy użytkownik, zostaną one usunięte z tego urządzenia.
   *[other] { $count } spotkania zarejestrowanego przez poprzedniego użytkownika nie dotarło do serwera i nie można ich teraz wysłać. Jeśli połączysz się jako nowy użytkownik, zostaną one usunięte z tego urządzenia.
}
sync-handover-discard = Usuń i połącz
sync-handover-cancel = Anuluj
sync-new-code = Połącz nowym kodem
status-offline = Brak połączenia z siecią. To, co rejestrujesz, zostaje zapisane na urządzeniu i wysłane później.
sync-scan = Zeskanuj kod QR od koordynatora
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Urządzenie zostanie połączone z serwerem { $host }.
