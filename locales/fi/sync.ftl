## Sync with the municipality's server.

sync-title = Yhteys kuntaan
sync-intro = Kun käytät koordinaattorilta saamaasi koodia, kirjauksesi lähetetään kuntaan aina, kun laitteella on verkkoyhteys.
sync-server = Palvelimen osoite
sync-code = Koodi koordinaattorilta
sync-connect = Yhdistä
# Variables:
#   $server (String) - the server address
sync-connected = Yhdistetty palvelimeen: { $server }
sync-now = Synkronoi nyt
sync-running = Synkronoidaan…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Lähetetään { $sent } / { $total }…
sync-never = Yksikään synkronointi ei ole vielä onnistunut.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Viimeisin onnistunut synkronointi: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Mikään ei odota lähetystä.
    [one] { $count } tilaisuus odottaa lähettämistä.
   *[other] { $count } tilaisuutta odottaa lähettämistä.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Viimeisin yritys epäonnistui: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] Edellisen käyttäjän kirjaama { $count } tilaisuus ei ole saapunut palvelimelle, eikä sitä voi lähettää juuri nyt. Jos yhdistät laitteen uutena käyttäjänä, se poistetaan laitteelta.
   *[other] Edellisen käyttäjän kirjaamat { $count } tilaisuutta eivät ole saapuneet palvelimelle, eikä niitä voi lähettää juuri nyt. Jos yhdistät laitteen uutena käyttäjänä, ne poistetaan laitteelta.
}
sync-handover-discard = Poista ja yhdistä
sync-handover-cancel = Peruuta
sync-new-code = Yhdistä uudella koodilla
status-offline = Ei verkkoyhteyttä. Kirjauksesi tallennetaan laitteelle ja lähetetään myöhemmin.
sync-scan = Skannaa koordinaattorin QR-koodi
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Laite yhdistetään palvelimeen { $host }.
