## Sync with the municipality's server.

sync-title = ምትእስሳር ምስ ኮሙን
sync-intro = ብኮድ ካብ ኣወሃሃዲኹም፣ ዝመዝገብኩምዎ ነገር እቲ መሳርሒ ኢንተርነት ምስ ዝህልዎ ናብ ኮሙን ይለኣኽ።
sync-server = ኣድራሻ ሰርቨር
sync-code = ኮድ ካብ ኣወሃሃዲ
sync-connect = ኣተኣሳስሩ
# Variables:
#   $server (String) - the server address
sync-connected = ምስ { $server } ተኣሳሲሩ ኣሎ
sync-now = ሕጂ ኣወሃህዱ
sync-running = ይውሃሃድ ኣሎ…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = { $sent } ካብ { $total } ይለኣኽ ኣሎ…
sync-never = ገና ዝተዓወተ ምውህሃድ የለን።
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = ናይ መወዳእታ ዝተዓወተ ምውህሃድ፦ { $time }።
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] ዝጽበ ነገር የለን።
    [one] { $count } ንጥፈት ክለኣኽ ይጽበ ኣሎ።
   *[other] { $count } ንጥፈታት ክለኣኹ ይጽበዩ ኣለዉ።
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = እቲ ናይ መወዳእታ ፈተነ ኣይተዓወተን፦ { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] ቅድሚኹም ዝነበረ ተጠቃሚ ዝመዝገቦ { $count } ንጥፈት ናብ ሰርቨር ኣይበጽሐን፣ ሕጂ ድማ ክለኣኽ ኣይክእልን። ከም ሓድሽ ተጠቃሚ እንተ ኣተኣሳሰርኩም፣ ካብዚ መሳርሒ ክድምሰስ እዩ።
   *[other] ቅድሚኹም ዝነበረ ተጠቃሚ ዝመዝገቦም { $count } ንጥፈታት ናብ ሰርቨር ኣይበጽሑን፣ ሕጂ ድማ ክለኣኹ ኣይክእሉን። ከም ሓድሽ ተጠቃሚ እንተ ኣተኣሳሰርኩም፣ ካብዚ መሳርሒ ክድምሰሱ እዮም።
}
sync-handover-discard = ደምስሱን ኣተኣሳስሩን
sync-handover-cancel = ሰርዙ
sync-new-code = ብሓድሽ ኮድ ኣተኣሳስሩ
status-offline = ኢንተርነት የለን። እትምዝግብዎ ነገር ኣብቲ መሳርሒ ይዕቀብ፣ ደሓር ድማ ይለኣኽ።
sync-scan = QR ኮድ ካብ ኣወሃሃዲ ስካን ግበሩ
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = እቲ መሳርሒ ምስ { $host } ክተኣሳሰር እዩ።
