## My log: the user's own entries.

my-log-title = تۆمارەکانم
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = ئەم هەفتەیە: { $occasions } { $occasions ->
    [one] دانیشتن
   *[other] دانیشتن
}، گەیشتن بە { $people } { $people ->
    [one] کەس
   *[other] کەس
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = ئەم مانگە: { $occasions } { $occasions ->
    [one] دانیشتن
   *[other] دانیشتن
}، گەیشتن بە { $people } { $people ->
    [one] کەس
   *[other] کەس
}
my-log-new = تۆمارکردنی دانیشتنێکی نوێ
my-log-drafts = ڕەشنووسەکان بۆ تەواوکردن
my-log-draft-untitled = ڕەشنووس بەبێ شوێن
my-log-empty = هێشتا هیچ دانیشتنێک تۆمار نەکراوە.
my-log-not-sent = هێشتا نەنێردراوە
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] کەس
   *[other] کەس
}
my-log-sent = شارەوانی وەریگرت
my-log-refused = شارەوانی ڕەتی کردەوە – بیکەرەوە و دووبارە پاشەکەوتی بکە
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = تۆمارکراوە لەلایەن { $name }
my-log-delete = سڕینەوە
my-log-delete-question = ئەم دانیشتنە بسڕدرێتەوە؟
my-log-delete-yes = سڕینەوە
my-log-delete-no = بمێنێتەوە
my-log-deleted = دانیشتنەکە سڕایەوە.
my-log-settings = ڕێکخستنەکان
my-log-more = زیاتر پیشان بدە
my-log-key-in-file = کلیلی بنکەی زانیاریی ئامێرەکە لە فایلێکدا هەڵگیراوە، چونکە هیچ کلیلدانێک لەسەر ئامێرەکە کار ناکات کە وەریبگرێت.
