### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = আপনি এমন কঠিন সময়ের মধ্য দিয়ে যাচ্ছেন জেনে সত্যিই খারাপ লাগছে, আর আপনি কথাটা বলেছেন বলে আমি খুশি। এটা আপনাকে একা সামলাতে হবে না।

support-body =
    { $line_state ->
        [open] আপনি এখনই { $line_name }-এর সঙ্গে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
        [closed] { $line_name } এখন বন্ধ আছে, { $opens_at } থেকে আবার চালু হবে: { support-reach }।{ support-free }
        [unknown] আপনি { $line_name }-এর সঙ্গে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } ঠিকানায় আপনার কাছাকাছি একটি হেল্পলাইন খুঁজে পাবেন।
           *[no] আপনি কোন দেশে আছেন জানালে আমি আপনার কাছাকাছি একটি হেল্পলাইন খুঁজে দিতে পারি। { $directory } ঠিকানাতেও একটি খুঁজে পেতে পারেন।
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } নম্বরে কল করুন
        [text] { $contact } নম্বরে SMS পাঠান
        [chat] { $contact } ঠিকানায় চ্যাট করুন
        [whatsapp] WhatsApp-এ { $contact } নম্বরে মেসেজ পাঠান
       *[web] { $contact } ঠিকানায় যান
    }

support-free =
    { $free ->
        [yes] {" "}এটি বিনামূল্যে।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] আপনি যদি এই মুহূর্তে বিপদের মধ্যে থাকেন, তাহলে এখনই আপনার এলাকার জরুরি সেবার সঙ্গে যোগাযোগ করুন।
       *[other] আপনি যদি এই মুহূর্তে বিপদের মধ্যে থাকেন, তাহলে এখনই { $emergency } নম্বরে কল করুন।
    }

support-closing = আপনার বিশ্বাসের কারও সঙ্গে কথা বললেও উপকার হতে পারে। পাশে কেউ থাকলে এত ভারী অনুভূতিও হালকা হতে পারে, আর আপনি আমার সঙ্গে কথা চালিয়ে যেতে পারেন।

## The question asked when we do not know the person's country.
ask-country = আপনি কোন দেশে আছেন? জানালে আপনার কাছাকাছি একটি হেল্পলাইন দেখাতে পারব।

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] কল: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] অনলাইন চ্যাট{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] বিনামূল্যে{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] দিনরাত খোলা
        [open] এখন খোলা, { $closes_at } পর্যন্ত{ summary-schedule }
        [closed] এখন বন্ধ, { $opens_at } থেকে খোলা{ summary-schedule }
       *[unknown] সময়সূচি উল্লেখ নেই
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(প্রতিদিন { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day }বার { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] সোম
        [tue] মঙ্গল
        [wed] বুধ
        [thu] বৃহস্পতি
        [fri] শুক্র
        [sat] শনি
       *[sun] রবি
    }
summary-last-day =
    { $last ->
        [mon] সোম
        [tue] মঙ্গল
        [wed] বুধ
        [thu] বৃহস্পতি
        [fri] শুক্র
        [sat] শনি
       *[sun] রবি
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup প্রিভিউ
preview-heading = প্রিভিউ
preview-skip = মূল অংশে যান
preview-intro = রক্ষণাবেক্ষণকারী ও ইন্টিগ্রেটরদের জন্য: একটি চ্যাটবট যা দেখাবে, শুধু পাবলিক API দিয়ে তৈরি। এখানে আসল কথোপকথন পেস্ট করবেন না।
preview-views = ভিউ
preview-tab-lookup = খোঁজ
preview-tab-coverage = কভারেজ
preview-tab-locales = লোকেল
preview-loading = লোড হচ্ছে…
preview-message = বার্তা
preview-message-hint = শুধু ভাষা শনাক্ত করতে ব্যবহার করা হয়।
preview-locale = লোকেল
preview-locale-none = — নেই —
preview-country = দেশ
preview-country-unknown = — অজানা —
preview-topics = বিষয়
preview-topics-hint = কমা দিয়ে আলাদা করুন, যেমন: { $examples }
preview-channels = মাধ্যম
preview-channel-phone = ফোন
preview-channel-sms = SMS
preview-channel-chat = চ্যাট
preview-submit = খুঁজুন
preview-error-vocabularies = দেশ বা লোকেল লোড করা যায়নি ({ $error })।
preview-error-lookup = খোঁজা যায়নি ({ $error })।
preview-chat-shows = চ্যাটে যা দেখাবে
preview-raw-json = মূল JSON
preview-meta-language = ভাষা: { $code } ({ $source } অনুযায়ী)
preview-meta-country = দেশ: { $code } ({ $source } অনুযায়ী)
preview-meta-country-unknown = দেশ: অজানা
preview-meta-locale = লোকেল: { $code }
preview-meta-lines = হেল্পলাইন: { $count }
preview-international = আন্তর্জাতিক তালিকা
preview-emergency = জরুরি:
preview-police = পুলিশ
preview-ambulance = অ্যাম্বুলেন্স
preview-fire = ফায়ার সার্ভিস
preview-open-now = এখন খোলা
preview-closed-now = এখন বন্ধ
preview-hours-unknown = সময়সূচি অজানা
preview-action-call = কল: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = চ্যাট
preview-action-website = ওয়েবসাইট
preview-fact-languages = ভাষা: { $list }
preview-fact-languages-none = ভাষা: উল্লেখ নেই
preview-fact-hours = সময়সূচি: { $times }
preview-fact-verified = যাচাই: { $date }
preview-fact-evidence = প্রমাণ: { $evidence }
preview-fact-country = দেশ: { $code }
preview-coverage-summary = দেশ ও অঞ্চল: { $total } · হেল্পলাইন আছে: { $covered } · শুধু জরুরি নম্বর: { $uncovered }।
preview-coverage-pending = যাচাইয়ের তারিখ পড়া হচ্ছে… বাকি: { $count }।
preview-coverage-oldest = কোনো হেল্পলাইনের সবচেয়ে পুরোনো যাচাই: { $date }।
preview-coverage-legend = চিহ্নিত সারিগুলোতে শুধু জরুরি নম্বর আছে, বাছাই করা কোনো হেল্পলাইন নেই।
preview-coverage-caption = দেশ ও অঞ্চল (কলামের বোতাম দিয়ে সাজান)
preview-column-code = কোড
preview-column-lines = হেল্পলাইন
preview-column-languages = ভাষা
preview-column-emergency = জরুরি
preview-column-verified = সবচেয়ে পুরোনো যাচাই
preview-emergency-only = শুধু জরুরি নম্বর
preview-error-countries = দেশগুলো লোড করা যায়নি ({ $error })।
preview-locales-summary = লোকেল: { $total } · মাতৃভাষীর পর্যালোচনা করা: { $reviewed }।
preview-locales-caption = অন্তর্ভুক্ত লোকেল ও তাদের পর্যালোচনার অবস্থা
preview-column-native-name = নিজ ভাষায় নাম
preview-column-direction = দিক
preview-column-review = পর্যালোচনা
preview-reviewed = পর্যালোচিত
preview-not-reviewed = পর্যালোচিত নয়
preview-error-locales = লোকেল লোড করা যায়নি ({ $error })।
