## Sync with the municipality's server.

sync-title = پەیوەندی بە شارەوانییەوە
sync-intro = بە کۆدێک لە هەماهەنگیکارەکەت، ئەوەی تۆماری دەکەیت کاتێک ئامێرەکە ئینتەرنێتی هەبێت بۆ شارەوانی دەنێردرێت.
sync-server = ناونیشانی سێرڤەر
sync-code = کۆد لە هەماهەنگیکارەکەتەوە
sync-connect = پەیوەستبوون
# Variables:
#   $server (String) - the server address
sync-connected = پەیوەستە بە { $server }
sync-now = ئێستا هاوکات بکە
sync-running = خەریکی هاوکاتکردنە…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = ناردنی { $sent } لە { $total }…
sync-never = هێشتا هیچ هاوکاتکردنێک سەرکەوتوو نەبووە.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = دوایین هاوکاتکردنی سەرکەوتوو: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] هیچ شتێک چاوەڕێی ناردن نییە.
    [one] { $count } دانیشتن چاوەڕێی ناردنە.
   *[other] { $count } دانیشتن چاوەڕێی ناردنن.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = دوایین هەوڵ سەرکەوتوو نەبوو: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } دانیشتن کە بەکارهێنەری پێشوو تۆماری کردووە نەگەیشتووەتە سێرڤەر و ئێستا ناکرێت بنێردرێت. ئەگەر وەک بەکارهێنەرێکی نوێ پەیوەست ببیت، لەم ئامێرە دەسڕدرێتەوە.
   *[other] { $count } دانیشتن کە بەکارهێنەری پێشوو تۆماری کردوون نەگەیشتوونەتە سێرڤەر و ئێستا ناکرێت بنێردرێن. ئەگەر وەک بەکارهێنەرێکی نوێ پەیوەست ببیت، لەم ئامێرە دەسڕدرێنەوە.
}
sync-handover-discard = سڕینەوە و پەیوەستبوون
sync-handover-cancel = هەڵوەشاندنەوە
sync-new-code = پەیوەستبوون بە کۆدێکی نوێ
status-offline = ئینتەرنێت نییە. ئەوەی تۆماری دەکەیت لەسەر ئامێرەکە پاشەکەوت دەکرێت و دواتر دەنێردرێت.
sync-scan = سکانکردنی کۆدی QR لە هەماهەنگیکارەکەتەوە
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = ئامێرەکە پەیوەست دەبێت بە { $host }.
