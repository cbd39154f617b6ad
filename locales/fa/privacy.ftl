## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = در یادداشت یک شمارهٔ شخصی هست ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = در یادداشت یک شمارهٔ هماهنگی (samordningsnummer) هست ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = در یادداشت یک شمارهٔ تلفن هست ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = در یادداشت یک نشانی ایمیل هست ({ $found }).
privacy-why = از روی این ثبت‌ها هرگز نباید بتوان یک ساکن را شناسایی کرد. پیش از ذخیره، این اطلاعات را پاک کنید.
