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

support-message = { support-opening }{ support-body }{ support-emergency }{ support-closing }

support-opening = 听到你正在经历这些，我真的很难过，也很高兴你愿意说出来。你不必独自面对。

support-body =
    { $line_state ->
        [open] 你现在就可以联系{ $line_name }：{ support-reach }。{ support-free }
        [closed] { $line_name }目前不在服务时间，将于 { $opens_at } 恢复服务：{ support-reach }。{ support-free }
        [unknown] 你可以联系{ $line_name }：{ support-reach }。{ support-free }
       *[none] { $country_known ->
            [yes] 你可以在 { $directory } 找到你附近的求助热线。
           *[no] 如果你告诉我你在哪个国家，我可以帮你找到附近的求助热线。你也可以在 { $directory } 查找。
        }
    }

support-reach =
    { $reach ->
        [call] 拨打 { $contact }
        [text] 发短信到 { $contact }
        [chat] 通过 { $contact } 在线聊天
        [whatsapp] 通过 WhatsApp 发消息到 { $contact }
       *[web] 访问 { $contact }
    }

support-free =
    { $free ->
        [yes] 服务免费。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 如果你正处于紧急危险中，请立即联系当地的紧急服务。
       *[other] 如果你正处于紧急危险中，请立即拨打 { $emergency }。
    }

support-closing = 向你信任的人倾诉也会有帮助。有了支持，这么沉重的感受也可以慢慢减轻。你也可以继续和我聊。

## The question asked when we do not know the person's country.
ask-country = 你在哪个国家？告诉我后，我可以帮你找到附近的求助热线。

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 电话 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] 短信 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 在线聊天{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 免费{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24小时服务
        [open] 服务中，至 { $closes_at }{ summary-schedule }
        [closed] 暂停服务，{ $opens_at } 恢复{ summary-schedule }
       *[unknown] 未注明服务时间
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] （每天 { $from }–{ $to }）
        [days] （{ summary-first-day }至{ summary-last-day } { $from }–{ $to }）
        [day] （每{ summary-first-day } { $from }–{ $to }）
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] 周一
        [tue] 周二
        [wed] 周三
        [thu] 周四
        [fri] 周五
        [sat] 周六
       *[sun] 周日
    }
summary-last-day =
    { $last ->
        [mon] 周一
        [tue] 周二
        [wed] 周三
        [thu] 周四
        [fri] 周五
        [sat] 周六
       *[sun] 周日
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup 预览
preview-heading = 预览
preview-skip = 跳到正文
preview-intro = 供维护者和集成者使用：聊天机器人会显示的内容，仅通过公开 API 生成。请勿在此粘贴真实对话。
preview-views = 视图
preview-tab-lookup = 查询
preview-tab-coverage = 覆盖范围
preview-tab-locales = 语言
preview-loading = 正在加载…
preview-message = 消息
preview-message-hint = 仅用于识别语言。
preview-locale = 语言区域
preview-locale-none = — 无 —
preview-country = 国家/地区
preview-country-unknown = — 未知 —
preview-topics = 主题
preview-topics-hint = 用逗号分隔，例如：{ $examples }
preview-channels = 联系方式
preview-channel-phone = 电话
preview-channel-sms = 短信
preview-channel-chat = 聊天
preview-submit = 查询
preview-error-vocabularies = 无法加载国家/地区或语言（{ $error }）。
preview-error-lookup = 查询失败（{ $error }）。
preview-chat-shows = 聊天中显示的内容
preview-raw-json = 原始 JSON
preview-meta-language = 语言：{ $code }（依据：{ $source }）
preview-meta-country = 国家/地区：{ $code }（依据：{ $source }）
preview-meta-country-unknown = 国家/地区：未知
preview-meta-locale = 语言区域：{ $code }
preview-meta-lines = 求助热线：{ $count }
preview-international = 国际求助目录
preview-emergency = 紧急电话：
preview-police = 报警
preview-ambulance = 急救
preview-fire = 火警
preview-open-now = 服务中
preview-closed-now = 暂停服务
preview-hours-unknown = 服务时间不详
preview-action-call = 电话 { $number }
preview-action-text = 短信 { $number }
preview-action-chat = 聊天
preview-action-website = 网站
preview-fact-languages = 语言：{ $list }
preview-fact-languages-none = 语言：未注明
preview-fact-hours = 服务时间：{ $times }
preview-fact-verified = 核实日期：{ $date }
preview-fact-evidence = 依据：{ $evidence }
preview-fact-country = 国家/地区：{ $code }
preview-coverage-summary = 国家和地区：{ $total } · 有求助热线：{ $covered } · 仅有紧急电话：{ $uncovered }。
preview-coverage-pending = 正在读取核实日期… 剩余：{ $count }。
preview-coverage-oldest = 求助热线最早的核实日期：{ $date }。
preview-coverage-legend = 突出显示的行只有紧急电话，没有选定的求助热线。
preview-coverage-caption = 国家和地区（用列标题按钮排序）
preview-column-code = 代码
preview-column-lines = 求助热线
preview-column-languages = 语言
preview-column-emergency = 紧急电话
preview-column-verified = 最早核实
preview-emergency-only = 仅紧急电话
preview-error-countries = 无法加载国家/地区（{ $error }）。
preview-locales-summary = 语言：{ $total } · 经母语者审阅：{ $reviewed }。
preview-locales-caption = 随附的语言及其审阅状态
preview-column-native-name = 本地名称
preview-column-direction = 书写方向
preview-column-review = 审阅
preview-reviewed = 已审阅
preview-not-reviewed = 未审阅
preview-error-locales = 无法加载语言（{ $error }）。
