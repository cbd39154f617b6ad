## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = در یادداشت یک نمبر شخصی است ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = در یادداشت یک نمبر هماهنگی (samordningsnummer) است ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = در یادداشت یک نمبر تلفون است ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = در یادداشت یک آدرس ایمیل است ({ $found }).
privacy-why = از روی این ثبت‌ها هیچ‌گاه نباید بتوان یک باشنده را شناخت. قبل از ذخیره، این معلومات را پاک کنید.
