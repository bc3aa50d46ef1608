### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: polite spoken style (…ပါတယ်, …ပါ), no pronoun that marks the
### writer's or the reader's gender. A number or link follows a noun
### ("ဖုန်းနံပါတ် { $contact }", "ဝဘ်ဆိုက် { $directory }"); the invariable
### particle after it is set off by a space.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is followed by the particle ကို or က
## after a space.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ဒီလောက် ခက်ခဲတဲ့ အခြေအနေကို ဖြတ်သန်းနေရတာ ကြားရတော့ တကယ် စိတ်မကောင်းပါဘူး။ ပြောပြပေးတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။ ဒါကို တစ်ယောက်တည်း ရင်ဆိုင်ဖို့ မလိုပါဘူး။

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] အခုပဲ { $line_name } ကို ဆက်သွယ်နိုင်ပါတယ်။ { support-reach }။{ support-free }
               *[label] အခုပဲ ဆက်သွယ်နိုင်တဲ့ အကူအညီ ဖုန်းလိုင်း ရှိပါတယ်။ { $line_name }: { support-reach }။{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } က အခု ပိတ်ထားပြီး { support-opens } ပြန်ဖွင့်ပါမယ်။ အဲဒီအချိန်ကျရင် { support-reach }။{ support-free }
               *[label] ဒီဖုန်းလိုင်းက အခု ပိတ်ထားပြီး { support-opens } ပြန်ဖွင့်ပါမယ်။ { $line_name }: { support-reach }။{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } ကို ဆက်သွယ်နိုင်ပါတယ်။ { support-reach }။{ support-free }
               *[label] ဆက်သွယ်နိုင်တဲ့ အကူအညီ ဖုန်းလိုင်း တစ်ခု ဒီမှာ ရှိပါတယ်။ { $line_name }: { support-reach }။{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] ကိုယ့်နိုင်ငံက အကူအညီ ဖုန်းလိုင်းကို ဝဘ်ဆိုက် { $directory } မှာ ရှာနိုင်ပါတယ်။
               *[no] အကူအညီ ဖုန်းလိုင်းကို ဝဘ်ဆိုက် { $directory } မှာလည်း ရှာနိုင်ပါတယ်။
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] ဒီနေ့ { $opens_at } နာရီမှာ
        [tomorrow] မနက်ဖြန် { $opens_at } နာရီမှာ
        [mon] တနင်္လာနေ့ { $opens_at } နာရီမှာ
        [tue] အင်္ဂါနေ့ { $opens_at } နာရီမှာ
        [wed] ဗုဒ္ဓဟူးနေ့ { $opens_at } နာရီမှာ
        [thu] ကြာသပတေးနေ့ { $opens_at } နာရီမှာ
        [fri] သောကြာနေ့ { $opens_at } နာရီမှာ
        [sat] စနေနေ့ { $opens_at } နာရီမှာ
        [sun] တနင်္ဂနွေနေ့ { $opens_at } နာရီမှာ
       *[none] နောက်မှ
    }

support-reach =
    { $reach ->
        [call] ဖုန်းနံပါတ် { $contact } ကို ခေါ်ဆိုပါ
        [text] နံပါတ် { $contact } ကို SMS ပို့ပါ
        [chat] ဝဘ်ဆိုက် { $contact } မှာ အွန်လိုင်း chat နဲ့ ဆက်သွယ်ပါ
        [whatsapp] WhatsApp မှာ နံပါတ် { $contact } ကို စာပို့ပါ
       *[web] ဝဘ်ဆိုက် { $contact } ကို ဝင်ကြည့်ပါ
    }

support-free =
    { $free ->
        [yes] {" "}ဒီဝန်ဆောင်မှုက အခမဲ့ပါ။
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] အခု အသက်အန္တရာယ် ရှိနေရင် နီးစပ်ရာ ရဲ ဒါမှမဟုတ် လူနာတင်ယာဉ်ကို ချက်ချင်း ဆက်သွယ်ပါ။
       *[other] အခု အသက်အန္တရာယ် ရှိနေရင် နံပါတ် { $emergency } ကို ချက်ချင်း ဖုန်းဆက်ပါ။
    }

support-closing = ယုံကြည်ရတဲ့ တစ်စုံတစ်ယောက်နဲ့ စကားပြောတာကလည်း အထောက်အကူ ဖြစ်နိုင်ပါတယ်။ ဒီလောက် လေးလံတဲ့ ခံစားချက်တွေဟာ အားပေးကူညီမှု ရရင် ပေါ့ပါးလာနိုင်ပါတယ်။ ဒီမှာလည်း ဆက်ပြီး စကားပြောလို့ ရပါတယ်။

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = ဘယ်နိုင်ငံမှာ ရှိနေပါသလဲ။ ပြောပြရင် အဲဒီနိုင်ငံက အကူအညီ ဖုန်းလိုင်းကို ပြပေးနိုင်ပါတယ်။

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] ဖုန်း: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] အွန်လိုင်း chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] အခမဲ့{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] ၂၄ နာရီ၊ နေ့တိုင်း ဖွင့်သည်
        [open] ယခု ဖွင့်ထားသည်၊ { $closes_at } နာရီအထိ{ summary-schedule }
        [closed] ယခု ပိတ်ထားသည်၊ { summary-opens } ပြန်ဖွင့်မည်{ summary-schedule }
       *[unknown] ဖွင့်ချိန် ဖော်ပြမထားပါ
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ဒီနေ့ { $opens_at } နာရီ
        [tomorrow] မနက်ဖြန် { $opens_at } နာရီ
        [mon] တနင်္လာ { $opens_at } နာရီ
        [tue] အင်္ဂါ { $opens_at } နာရီ
        [wed] ဗုဒ္ဓဟူး { $opens_at } နာရီ
        [thu] ကြာသပတေး { $opens_at } နာရီ
        [fri] သောကြာ { $opens_at } နာရီ
        [sat] စနေ { $opens_at } နာရီ
        [sun] တနင်္ဂနွေ { $opens_at } နာရီ
       *[none] နောက်မှ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(နေ့စဉ် { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] တနင်္လာ
        [tue] အင်္ဂါ
        [wed] ဗုဒ္ဓဟူး
        [thu] ကြာသပတေး
        [fri] သောကြာ
        [sat] စနေ
       *[sun] တနင်္ဂနွေ
    }
summary-last-day =
    { $last ->
        [mon] တနင်္လာ
        [tue] အင်္ဂါ
        [wed] ဗုဒ္ဓဟူး
        [thu] ကြာသပတေး
        [fri] သောကြာ
        [sat] စနေ
       *[sun] တနင်္ဂနွေ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup အစမ်းကြည့်ရန်
preview-heading = အစမ်းကြည့်ရန်
preview-skip = အဓိက အကြောင်းအရာသို့ ကျော်သွားရန်
preview-protocol-link = ဤဝန်ဆောင်မှုက လူများကို အကူအညီရရာသို့ မည်သို့ ညွှန်ပြသနည်း
preview-intro = ဝန်ဆောင်မှုကို ထိန်းသိမ်းသူများနှင့် မိမိစနစ်တွင် ချိတ်ဆက်သုံးသူများအတွက်: chatbot တစ်ခု ပြသမည့်အရာကို public API မှသာ တည်ဆောက်ပြသည်။ ဤနေရာတွင် တကယ့် စကားပြောဆိုမှုများကို မထည့်ပါနှင့်။
preview-views = မြင်ကွင်းများ
preview-tab-lookup = ရှာဖွေရန်
preview-tab-coverage = လွှမ်းခြုံမှု
preview-tab-locales = ဘာသာစကားများ
preview-loading = ဖွင့်နေသည်…

## The lookup form.
preview-message = စာ
preview-message-hint = ဘာသာစကားကို ခွဲခြားသိရှိရန်သာ အသုံးပြုသည်။
preview-locale = Locale
preview-locale-none = — မရှိ —
preview-country = နိုင်ငံ
preview-country-unknown = — မသိ —
preview-topics = အကြောင်းအရာများ
preview-topics-hint = ကော်မာဖြင့် ခွဲပါ၊ ဥပမာ: { $examples }
preview-channels = ဆက်သွယ်နည်းများ
preview-channel-phone = ဖုန်း
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = ရှာရန်
preview-error-vocabularies = နိုင်ငံများ သို့မဟုတ် locale များကို ဖွင့်၍ မရပါ ({ $error })။
preview-error-lookup = ရှာဖွေမှု မအောင်မြင်ပါ ({ $error })။

## The answer.
preview-chat-shows = chat တွင် ပြသမည့်အရာ
preview-raw-json = မူရင်း JSON
preview-meta-language = ဘာသာစကား: { $code } (အရင်းအမြစ်: { $source })
preview-meta-country = နိုင်ငံ: { $code } (အရင်းအမြစ်: { $source })
preview-meta-country-unknown = နိုင်ငံ: မသိ
preview-meta-locale = Locale: { $code }
preview-meta-lines = အကူအညီ ဖုန်းလိုင်းများ: { $count }
preview-international = နိုင်ငံတကာ လမ်းညွှန်များ

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = အရေးပေါ်:
preview-police = ရဲ
preview-ambulance = လူနာတင်ယာဉ်
preview-fire = မီးသတ်
preview-open-now = ယခု ဖွင့်ထားသည်
preview-closed-now = ယခု ပိတ်ထားသည်
preview-hours-unknown = ဖွင့်ချိန် မသိရ
preview-action-call = ဖုန်းဆက်ရန်: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = ဝဘ်ဆိုက်
preview-fact-languages = ဘာသာစကားများ: { $list }
preview-fact-languages-none = ဘာသာစကားများ: ဖော်ပြမထား
preview-fact-hours = ဖွင့်ချိန်: { $times }
preview-fact-checked = ဝန်ဆောင်မှုပေးသူနှင့် စစ်ဆေးခဲ့သည့်ရက်: { $date }
preview-fact-newest-source = နောက်ဆုံး အရင်းအမြစ်: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = အထောက်အထား: ဖုန်းလိုင်း၏ ကိုယ်ပိုင် စာမျက်နှာ
preview-evidence-corroborated = အထောက်အထား: သီးခြား ထုတ်ဝေသူ နှစ်ဦး
preview-evidence-single = အထောက်အထား: စာရင်း တစ်ခုတည်း
preview-evidence-conflict = အထောက်အထား: အရင်းအမြစ်များ မကိုက်ညီ
preview-fact-country = နိုင်ငံ: { $code }

## The coverage tab.
preview-coverage-summary = နိုင်ငံနှင့် နယ်မြေများ: { $total } · အကူအညီ ဖုန်းလိုင်း ရှိသည်: { $covered } · အရေးပေါ်နံပါတ်သာ: { $uncovered }။
preview-coverage-age = နောက်ဆုံး အရင်းအမြစ် ၂၄ လထက် ဟောင်းသော ဖုန်းလိုင်းများ: { $stale } (စုစုပေါင်း { $total })။
preview-map-caption = လွှမ်းခြုံမှု ကမ္ဘာ့မြေပုံ
preview-map-line = အကူအညီ ဖုန်းလိုင်း ရှိသည်
preview-map-emergency = အရေးပေါ်နံပါတ်သာ
preview-map-none = ဒေတာတွင် မပါ
preview-coverage-legend = အရောင်ခြယ်ထားသော အတန်းများတွင် အရေးပေါ်နံပါတ်သာ ရှိပြီး ရွေးချယ်ထားသော အကူအညီ ဖုန်းလိုင်း မရှိပါ။
preview-coverage-caption = နိုင်ငံနှင့် နယ်မြေများ (ကော်လံ ခလုတ်များဖြင့် စီပါ)
preview-column-code = ကုဒ်
preview-column-lines = ဖုန်းလိုင်းများ
preview-column-languages = ဘာသာစကားများ
preview-column-emergency = အရေးပေါ်
preview-column-stale = အရင်းအမြစ်ဟောင်း ဖုန်းလိုင်းများ
preview-emergency-only = အရေးပေါ်နံပါတ်သာ
preview-error-countries = နိုင်ငံများကို ဖွင့်၍ မရပါ ({ $error })။

## The locales tab.
preview-locales-summary = Locale များ: { $total } · မိခင်ဘာသာစကား ပြောသူ စစ်ဆေးပြီး: { $reviewed }။
preview-locales-caption = ထည့်သွင်းထားသော locale များနှင့် ၎င်းတို့၏ စစ်ဆေးမှု အခြေအနေ
preview-column-native-name = မူလဘာသာဖြင့် အမည်
preview-column-direction = ရေးသားသည့် ဦးတည်ချက်
preview-column-review = စစ်ဆေးမှု
preview-reviewed = စစ်ဆေးပြီး
preview-not-reviewed = မစစ်ဆေးရသေး
preview-error-locales = Locale များကို ဖွင့်၍ မရပါ ({ $error })။
