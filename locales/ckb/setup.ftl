## First start: language, name and projects.

setup-title = بەخێربێیت بۆ { -brand-name }
setup-intro = لێرەدا دیدارەکانت لەگەڵ دانیشتووان تۆمار دەکەیت: لە کوێ، کەی، دەربارەی چی و چەند کەس. بەڵام هەرگیز کێ.
setup-language = زمان
setup-name = ناوت
setup-name-hint = ناوت بۆ هەماهەنگیکاران پیشان دەدرێت، نەک بۆ دانیشتووان.
setup-projects = پڕۆژەکانت
setup-start = دەست بکە بە تۆمارکردن
setup-problem-name-missing = ناوت بنووسە.
setup-problem-name-too-long = ناوەکە زۆر درێژە.
setup-problem-no-project = لانیکەم یەک پڕۆژە هەڵبژێرە.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = هەماهەنگیکارێک ئەم ئامێرەی لە شارەوانی پچڕاندووە. هەموو ئەوەی لەسەری بوو لە { $time } سڕایەوە. دەتوانیت لە سەرەتاوە دەست پێ بکەیتەوە و بە کۆدێکی نوێ پەیوەست ببیت.
