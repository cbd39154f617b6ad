## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = لیستی سەرەکی
nav-log = تۆمارکردن
nav-my-log = تۆمارەکانم
nav-coordinator = هەماهەنگی
nav-language = زمان
action-dismiss = داخستن
action-undo = پاشگەزبوونەوە

error-invalid = پێش پاشەکەوتکردن، شتێک لە فۆرمەکەدا پێویستی بە ڕاستکردنەوە هەیە.
error-invalid-profile = پرۆفایلەکە تەواو نییە.
error-not-found = ئەم تۆمارە ئیتر نەماوە.
error-not-a-draft = تۆمارێکی پاشەکەوتکراو ناتوانێت دووبارە ببێتەوە بە ڕەشنووس.
error-newer-schema = داتابەیسی سەر ئەم ئامێرە هی وەشانێکی نوێتری ئەپەکەیە. تکایە ئەپەکە نوێ بکەرەوە.
error-storage = بیرگەی ئامێرەکە ئێستا کار ناکات. هیچ شتێکی نوێ پاشەکەوت نەکرا؛ دووبارە هەوڵ بدەرەوە.
error-internal = هەڵەیەک لە ئەپەکەدا ڕوویدا. دووبارە هەوڵ بدەرەوە.
error-unauthorized = ئەم ئامێرە بە شارەوانییەوە نەبەستراوە، یان پەیوەندییەکەی ئیتر کارا نییە.
error-revoked = هەماهەنگیکارێک ئەم ئامێرەی پچڕاندووە. زانیارییەکانی سەر ئامێرەکە دەسڕدرێنەوە.
error-update-required = ئەپەکە بۆ سێرڤەری شارەوانی زۆر کۆنە. تکایە ئەپەکە نوێ بکەرەوە.
error-bad-request = سێرڤەرەکە نەیتوانی داواکارییەکە بخوێنێتەوە.
error-too-large = ئەوەی نێردرا بۆ سێرڤەرەکە زۆر گەورە بوو.
error-sequence-gap = هەندێک گۆڕانکاری لە ناردنەکەدا نەبوون؛ دووبارە دەنێردرێنەوە.
error-invalid-code = کۆدەکە نەناسراوە، پێشتر بەکارهاتووە یان بەسەرچووە. داوای کۆدێکی نوێ لە هەماهەنگیکار بکە.
error-unavailable = سێرڤەرەکە ئێستا نەیتوانی ئەمە تەواو بکات. هیچ شتێک نەگۆڕا؛ دووبارە هەوڵ بدەرەوە.
error-offline = پەیوەندی بە سێرڤەرەوە نەکرا. ئەوەی چاوەڕێیە، کاتێک ئینتەرنێت هەبوو دەنێردرێت.
error-wrong-login = ناوی چوونەژوورەوە یان وشەی نهێنی هەڵەیە.
error-too-many-attempts = هەوڵی سەرنەکەوتووی چوونەژوورەوە زۆر بوو. پازدە خولەک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
error-forbidden = ڕۆڵ یان پڕۆژەکانت ڕێگەی دەستگەیشتن بەمە نادەن.

stepper-decrease = کەمکردنەوە
stepper-increase = زیادکردن
count-not-a-number = ژمارەیەکی تەواو بنووسە، بۆ نموونە 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = زیاتر لە { $max } بۆ یەک دانیشتن گونجاو نییە.
