## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = چوونەژوورەوە وەک هەماهەنگیکار
coordinator-login-name = ناوی چوونەژوورەوە
coordinator-password = وشەی نهێنی
coordinator-login-button = چوونەژوورەوە
coordinator-logout = چوونەدەرەوە
coordinator-activities-title = دانیشتنە تۆمارکراوەکان
coordinator-from = لە
coordinator-to = تا
coordinator-project = پڕۆژە
coordinator-all-projects = هەموو پڕۆژەکانم
coordinator-column-date = بەروار
coordinator-column-project = پڕۆژە
coordinator-column-area = ناوچە
coordinator-column-venue = شوێن
coordinator-column-people = ژمارەی کەسان
coordinator-column-author = تۆمارکەر
coordinator-previous = پێشوو
coordinator-next = دواتر
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = چوویتە ژوورەوە بە ناوی { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] هیچ دانیشتنێک نییە.
    [one] { $count } دانیشتن.
   *[other] { $count } دانیشتن.
}
coordinator-nav-activities = دانیشتنەکان
coordinator-nav-overview = تێڕوانینی گشتی
coordinator-overview-title = تێڕوانینی گشتی
coordinator-occasions = دانیشتن
coordinator-hours = کاتژمێر
coordinator-people-total = کەس کە پێیان گەیشتین
coordinator-active-guides = ڕێنمای تەندروستی و کارمەندی چالاک
coordinator-by-month = ژمارەی کەسان بەپێی مانگ
coordinator-by-area = بەپێی ناوچە
coordinator-topics = بابەتەکان
coordinator-languages = زمانەکان
coordinator-column-occasions = دانیشتنەکان
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = ژنان { $women }، پیاوان { $men }، کچان { $girls }، کوڕان { $boys }، هی تر یان دیاری نەکراو { $other }.

## Entries in full, corrections and review marks.

coordinator-details = پیشاندان
coordinator-field-format = جۆری چالاکی
coordinator-field-minutes = خولەک
coordinator-field-note = تێبینی
coordinator-reviewed = پێداچوونەوەی بۆ کراوە
coordinator-reviewed-any = هەموو
coordinator-filter-any = هەموو
coordinator-reviewed-waiting = چاوەڕێی پێداچوونەوە
coordinator-reviewed-done = پێداچوونەوەیان بۆ کراوە
coordinator-yes = بەڵێ
coordinator-no = نەخێر
coordinator-mark-reviewed = نیشانکردن وەک پێداچوونەوە بۆ کراو
coordinator-mark-unreviewed = لابردنی نیشانەی پێداچوونەوە
coordinator-correct-title = ڕاستکردنەوەی خانەیەک
coordinator-correct-field = خانە
coordinator-correct-value = بەهای نوێ
coordinator-correct-button = ڕاستکردنەوە
coordinator-corrected = ڕاستکردنەوەکە پاشەکەوت کرا و لە هاوکاتکردنی داهاتوودا دەگاتە ئامێرەکانی ڕێنماکە.
coordinator-bad-value = بەهاکە لەگەڵ خانەکە ناگونجێت: ژمارە دەبێت ژمارەیەکی تەواو بێت، بەروار بەم شێوەیە دەنووسرێت: YYYY-MM-DD.
coordinator-by-gender-title = ژمارەی کەسان بەپێی ڕەگەز و گرووپی تەمەن
coordinator-venues = شوێنەکان

## Kept conflicts.

coordinator-nav-conflicts = ناکۆکییەکان
coordinator-conflicts-title = ناکۆکییەکانی چاوەڕێی بڕیار
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] هیچ ناکۆکییەک چاوەڕێی بڕیار نییە.
    [one] { $count } ناکۆکی چاوەڕێی بڕیارە.
   *[other] { $count } ناکۆکی چاوەڕێی بڕیارن.
}
coordinator-conflict-field = خانە
coordinator-conflict-kept = بەهای پاشەکەوتکراو
coordinator-conflict-lost = ئەو بەهایەی لاخرا
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = لەلایەن { $name }
coordinator-conflict-keep = هێشتنەوەی بەهای پاشەکەوتکراو
coordinator-conflict-take = وەرگرتنی بەهاکەی تر

## People and devices.

coordinator-nav-people = کەسان و ئامێرەکان
coordinator-people-title = کەسان و ئامێرەکان
coordinator-person-name = ناو
coordinator-person-role = ڕۆڵ
coordinator-role-guide = ڕێنمای تەندروستی
coordinator-role-staff = کارمەند
coordinator-role-coordinator = هەماهەنگیکار
coordinator-role-admin = بەڕێوەبەری سیستەم
coordinator-role-viewer = بینەر (دەستەی ئاراستەکردن، هاوبەشی دارایی)
coordinator-devices = ئامێرەکان
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = وەشانی { $version }، دوایین هاوکاتکردن { $seen }
coordinator-never = هەرگیز
coordinator-revoked = پچڕێنراوە
coordinator-revoke = پچڕاندن
coordinator-issue-code = کۆدی نوێ بۆ بەستنەوەی ئامێرێک
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = کۆدی یەکجاری بۆ { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = کارایە تا { $at } (UTC).
coordinator-code-qr = کۆدی QR کە ناونیشانی سێرڤەر و کۆدی یەکجاری تێدایە
coordinator-new-person = زیادکردنی کەسێک
coordinator-create-person = زیادکردن

## Reference lists.

coordinator-nav-reference = لیستەکان
coordinator-reference-title = لیستەکان و پڕۆژەکان
coordinator-list = لیست
coordinator-list-projects = پڕۆژەکان
coordinator-list-questions = جۆرەکانی پرسیار
coordinator-list-referrals = شوێنەکانی ڕەوانەکردن
coordinator-list-outcomes = ئەنجامەکان
coordinator-list-development-areas = بوارەکانی پەرەپێدان
coordinator-list-partners = هاوبەشەکان
coordinator-code = کۆد
coordinator-retired = ناچالاک
coordinator-add-item = زیادکردن بۆ لیست
coordinator-add-target = زیادکردنی ماوەیەک
coordinator-project-start = دەستپێکی پڕۆژە
coordinator-project-end = کۆتایی پڕۆژە (ڕاپۆرتی کۆتایی مانگێک دواتر دەدرێت)
coordinator-save-reference = پاشەکەوتکردنی لیستەکان
coordinator-reference-saved = لیستەکان پاشەکەوت کران و لە هاوکاتکردنی داهاتوودا دەگەنە ئامێرەکان.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = هەژمار
account-disabled = ناچالاک
account-disable = ناچالاککردنی هەژمارەکە
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = هەژماری { $name } ناچالاک بکرێت؟ هەموو چوونەژوورەوەکانی ئەم هەژمارە یەکسەر کۆتاییان دێت و ئامێرەکانی یەکسەر دەپچڕێنرێن؛ ئەوەی لەسەر ئامێرەکانە لە هاوکاتکردنی داهاتوویاندا دەسڕدرێتەوە.
account-disable-yes = بەڵێ، ناچالاکی بکە
account-enable = چالاککردنی هەژمارەکە
account-cancel = هەڵوەشاندنەوە
account-reset = دانانەوەی وشەی نهێنی
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = کۆدی یەکجاری بۆ { $name } (ناوی چوونەژوورەوە: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = کۆدەکە تەنها یەک جار بەکاردێت، تا { $at } (UTC). تەنها بیدە بە خودی کەسەکە.
password-change = گۆڕینی وشەی نهێنی
password-current = وشەی نهێنیی ئێستا
password-new = وشەی نهێنیی نوێ (لانیکەم 12 پیت)
password-repeat = وشەی نهێنییە نوێیەکە دووبارە بنووسەوە
password-mismatch = دوو وشە نهێنییە نوێیەکە وەک یەک نین.
password-changed = وشەی نهێنی گۆڕدرا. هەموو چوونەژوورەوەکانی تری ئەم هەژمارە کۆتاییان پێهێنرا.
password-reset-link = کۆدێکی یەکجاریت بۆ هەڵبژاردنی وشەی نهێنی وەرگرتووە؟
password-reset-title = وشەی نهێنییەکی نوێ هەڵبژێرە
password-reset-code = کۆدی یەکجاری
password-reset-done = وشەی نهێنی هەڵبژێردرا. بە وشەی نهێنییە نوێیەکە بچۆ ژوورەوە.
session-ended = لە هەژمارەکەت هێنرایتە دەرەوە، چونکە پەڕەکە بۆ ماوەی کاتژمێرێک بەکارنەهێنرا یان وشەی نهێنی گۆڕدرا. دووبارە بچۆ ژوورەوە.
coordinator-code-link = یان بەستەرەکە بنێرە، کە ئەپەکە بە لکاندن وەریدەگرێت:
coordinator-volunteer-hours = کاتژمێرەکانی خۆبەخشی
coordinator-volunteer-hours-about = ئەو دانیشتن و کاتژمێرانەی هەر کەسێک لەم ماوەیەدا تۆماری کردوون، یان پێکەوە لەگەڵ ئەو کەسەی تۆماری کردوون بەڕێوەی بردوون (بە کاتژمێرەکانی خۆی)؛ ئەوانەش کە هیچیان نییە.
coordinator-volunteer-hours-none = لەم ماوەیەدا کەس لە پرۆژەکەدا نییە.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = ماوەی هەڵگرتن
retention-title = ماوەی هەڵگرتن
retention-about = دانیشتنەکان چەند ماوە هەڵدەگیرێن، لە ڕۆژی ئەنجامدانیانەوە دەژمێردرێت. دانیشتنە کۆنترەکان لەگەڵ هەموو ئەو شتانەی دەربارەیان پاشەکەوت کراون دەسڕدرێنەوە. ڕاپۆرتە پێشکەشکراوەکان وەک کاتی پێشکەشکردنیان دەمێننەوە.
retention-months = چەند مانگ هەڵبگیرێن (بەتاڵ: بۆ هەمیشە)
retention-save = پاشەکەوتکردن
retention-forever = دانیشتنەکان بۆ هەمیشە هەڵدەگیرێن.
retention-state = دانیشتنەکان لە { $day } بەدواوە هەڵدەگیرێن. { $older ->
    [0] هیچ دانیشتنێک کۆنتر نییە.
    [one] یەک دانیشتن کۆنترە.
   *[other] { $older } دانیشتن کۆنترن.
}
retention-thin = ئێستا بیسڕەوە
retention-thin-question = { $older ->
    [one] یەک دانیشتن بۆ هەمیشە دەسڕدرێتەوە
   *[other] { $older } دانیشتن بۆ هەمیشە دەسڕدرێنەوە
} لەگەڵ وەشان و ناکۆکییەکانیان. ئەم کارە ناگەڕێندرێتەوە. بسڕدرێنەوە؟
retention-thin-yes = بەڵێ، بیسڕەوە
retention-thin-no = هەڵوەشاندنەوە
retention-thinned = { $thinned ->
    [0] هیچ دانیشتنێک پێویستی بە سڕینەوە نەبوو.
    [one] یەک دانیشتن سڕایەوە.
   *[other] { $thinned } دانیشتن سڕانەوە.
}
