### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Bengali name, bare; the
##               sentence puts "হেল্পলাইন" after it and the case ending goes
##               on that word (কান পেতে রই হেল্পলাইনে), never on the name.
##               label: only the line's name, held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00 AM");
##               it takes a separate postposition (থেকে), no suffix.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = আপনি এমন কঠিন সময়ের মধ্য দিয়ে যাচ্ছেন জেনে সত্যিই খারাপ লাগছে, আর কথাটা আমাকে বলেছেন বলে আমি খুশি। এটা আপনাকে একা সামলাতে হবে না।

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] আপনি এখনই { $line_name } হেল্পলাইনে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
               *[label] আপনি এখনই একটি হেল্পলাইনে যোগাযোগ করতে পারেন। { $line_name }: { support-reach }।{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } হেল্পলাইন এখন বন্ধ আছে, { support-opens } আবার চালু হবে: { support-reach }।{ support-free }
               *[label] এই হেল্পলাইনটি এখন বন্ধ আছে, { support-opens } আবার চালু হবে। { $line_name }: { support-reach }।{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] আপনি { $line_name } হেল্পলাইনে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
               *[label] এই হেল্পলাইনে আপনি যোগাযোগ করতে পারেন। { $line_name }: { support-reach }।{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] { $directory } ঠিকানায় আপনার দেশের একটি হেল্পলাইন খুঁজে পাবেন।
               *[no] { $directory } ঠিকানাতেও একটি হেল্পলাইন খুঁজে পেতে পারেন।
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] আজ { $opens_at } থেকে
        [tomorrow] আগামীকাল { $opens_at } থেকে
        [mon] সোমবার { $opens_at } থেকে
        [tue] মঙ্গলবার { $opens_at } থেকে
        [wed] বুধবার { $opens_at } থেকে
        [thu] বৃহস্পতিবার { $opens_at } থেকে
        [fri] শুক্রবার { $opens_at } থেকে
        [sat] শনিবার { $opens_at } থেকে
        [sun] রবিবার { $opens_at } থেকে
       *[none] পরে
    }

support-reach =
    { $reach ->
        [call] { $contact } নম্বরে কল করুন
        [text] { $contact } নম্বরে SMS পাঠান
        [chat] { $contact } ঠিকানায় অনলাইনে চ্যাট করুন
        [whatsapp] WhatsApp-এ { $contact } নম্বরে মেসেজ পাঠান
       *[web] { $contact } ঠিকানায় যান
    }

support-free =
    { $free ->
        [yes] {" "}এই সেবা বিনামূল্যে।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] আপনি যদি এই মুহূর্তে বিপদে থাকেন, তাহলে এখনই আপনার এলাকার জরুরি সেবার সঙ্গে যোগাযোগ করুন।
       *[other] আপনি যদি এই মুহূর্তে বিপদে থাকেন, তাহলে এখনই { $emergency } নম্বরে কল করুন।
    }

support-closing = আপনি বিশ্বাস করেন এমন কারও সঙ্গে কথা বললেও উপকার হতে পারে। পাশে কেউ থাকলে এত ভারী অনুভূতিও হালকা হতে পারে, আর আপনি আমার সঙ্গে কথা চালিয়ে যেতে পারেন।

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = আপনি কোন দেশে আছেন? জানালে আপনার দেশের একটি হেল্পলাইন দেখাতে পারব।

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] এখন বন্ধ, { summary-opens }{ summary-schedule }
       *[unknown] সময়সূচি উল্লেখ নেই
    }

## When a closed line opens again, short (with its verb).
summary-opens =
    { $opens_day ->
        [today] { $opens_at } থেকে খোলা
        [tomorrow] আগামীকাল { $opens_at } থেকে খোলা
        [mon] সোমবার { $opens_at } থেকে খোলা
        [tue] মঙ্গলবার { $opens_at } থেকে খোলা
        [wed] বুধবার { $opens_at } থেকে খোলা
        [thu] বৃহস্পতিবার { $opens_at } থেকে খোলা
        [fri] শুক্রবার { $opens_at } থেকে খোলা
        [sat] শনিবার { $opens_at } থেকে খোলা
        [sun] রবিবার { $opens_at } থেকে খোলা
       *[none] পরে খুলবে
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
preview-protocol-link = এই সেবা কীভাবে মানুষকে সাহায্যের কাছে পৌঁছে দেয়
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
preview-fact-checked = সেবাদাতার সঙ্গে যাচাই: { $date }
preview-fact-newest-source = সবচেয়ে নতুন উৎস: { $date }
preview-evidence-provider = প্রমাণ: হেল্পলাইনের নিজের পাতা
preview-evidence-corroborated = প্রমাণ: দুটি স্বাধীন প্রকাশক
preview-evidence-single = প্রমাণ: একটি তালিকা
preview-evidence-conflict = প্রমাণ: উৎসগুলোর তথ্যে অমিল
preview-fact-country = দেশ: { $code }
preview-coverage-summary = দেশ ও অঞ্চল: { $total } · হেল্পলাইন আছে: { $covered } · শুধু জরুরি নম্বর: { $uncovered }।
preview-coverage-age = যেসব হেল্পলাইনের সবচেয়ে নতুন উৎস ২৪ মাসের বেশি পুরোনো: { $total }টির মধ্যে { $stale }টি।
preview-map-caption = কভারেজের বিশ্ব মানচিত্র
preview-map-line = হেল্পলাইন আছে
preview-map-emergency = শুধু জরুরি নম্বর
preview-map-none = ডেটাসেটে নেই
preview-coverage-legend = চিহ্নিত সারিগুলোতে শুধু জরুরি নম্বর আছে, বাছাই করা কোনো হেল্পলাইন নেই।
preview-coverage-caption = দেশ ও অঞ্চল (কলামের বোতাম দিয়ে সাজান)
preview-column-code = কোড
preview-column-lines = হেল্পলাইন
preview-column-languages = ভাষা
preview-column-emergency = জরুরি
preview-column-stale = পুরোনো উৎসের হেল্পলাইন
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
