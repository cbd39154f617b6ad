## First start: language, name and projects.

setup-title = به { -brand-name } خوش آمدید
setup-intro = اینجا دیدارهای خود را با باشندگان ثبت می‌کنید: کجا، چه وقت، در بارهٔ چه و با چند نفر. اما هیچ‌گاه این که چه کسی.
setup-language = زبان
setup-name = نام شما
setup-name-hint = نام شما به هماهنگ‌کننده‌ها نشان داده می‌شود، نه به باشندگان.
setup-projects = پروژه‌های شما
setup-start = شروع ثبت
setup-problem-name-missing = نام خود را بنویسید.
setup-problem-name-too-long = نام بسیار طولانی است.
setup-problem-no-project = حداقل یک پروژه را انتخاب کنید.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = یک هماهنگ‌کننده این دستگاه را از کمون قطع کرده است. هر چه روی آن بود در { $time } پاک شد. می‌توانید از نو شروع کنید و با یک کود نو وصل شوید.
