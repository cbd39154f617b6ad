## First start: language, name and projects.

setup-title = به { -brand-name } خوش آمدید
setup-intro = اینجا دیدارهایتان با ساکنان را ثبت می‌کنید: کجا، کی، دربارهٔ چه و با چند نفر. اما هرگز اینکه چه کسی.
setup-language = زبان
setup-name = نام شما
setup-name-hint = نام شما به هماهنگ‌کننده‌ها نشان داده می‌شود، نه به ساکنان.
setup-projects = پروژه‌های شما
setup-start = شروع ثبت
setup-problem-name-missing = نام خود را بنویسید.
setup-problem-name-too-long = نام خیلی طولانی است.
setup-problem-no-project = دست‌کم یک پروژه انتخاب کنید.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = یک هماهنگ‌کننده اتصال این دستگاه به کمون را قطع کرده است. هر چه روی آن بود در { $time } پاک شد. می‌توانید از نو شروع کنید و با یک کد تازه وصل شوید.
