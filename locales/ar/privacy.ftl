## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = تحتوي الملاحظة على رقم شخصي ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = تحتوي الملاحظة على رقم تنسيق ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = تحتوي الملاحظة على رقم هاتف ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = تحتوي الملاحظة على عنوان بريد إلكتروني ({ $found }).
privacy-why = يجب ألا يتمكن السجل أبدًا من كشف هوية أحد السكان. احذف هذه المعلومة قبل الحفظ.
