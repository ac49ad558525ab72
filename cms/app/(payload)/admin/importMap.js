import { BerlinTimeCell as BerlinTimeCell_6f95acdb2df0c707f16a687c6c772981 } from '../../../components/BerlinTimeCell'
import { BerlinTimeField as BerlinTimeField_aa636f0c156a5cb026dc54d8a6de61ef } from '../../../components/BerlinTimeField'
import { DeadlineSummary as DeadlineSummary_fb373b4c60f9cf0cbd8223d7f7a716da } from '../../../components/DeadlineSummary'
import { PlainLabel as PlainLabel_a07c83f51e4427452426aa0253688327 } from '../../../components/PlainLabel'
import { DeadlineCell as DeadlineCell_1c4036e8f163da8f35f673358f6683bc } from '../../../components/DeadlineCell'
import { DomainsCell as DomainsCell_06a8c03940a320d2807c84dcde671d83 } from '../../../components/DomainsCell'
import { RelatedRecords as RelatedRecords_09fc2dc57776abb5fedffe7e8b12ff55 } from '../../../components/RelatedRecords'
import { Conversation as Conversation_e1e82cb8013d81cef70a1e356ebe204b } from '../../../components/Conversation/index'
import { CaseActions as CaseActions_ad1fc18fa2345469dded319ae9e191e5 } from '../../../components/CaseActions'
import { ReplyComposer as ReplyComposer_eebd811353bf8e6c2590327da5fa74c6 } from '../../../components/ReplyComposer/ReplyComposer'
import { BerlinTimestamps as BerlinTimestamps_8a5b44e7256e2ed67b76fe0903f88d62 } from '../../../components/BerlinTimestamps'
import { JsonView as JsonView_960b80fa6dd849a938ffe34a4a0bfb02 } from '../../../components/JsonView'
import { MessagePreview as MessagePreview_f6f9a5215fc765540075b6e06c4f747e } from '../../../components/MessagePreview'
import { ImportEml as ImportEml_df71d430d2f1cc8b216bd980f857b51e } from '../../../components/ImportEml'
import { VersionAuthorDiff as VersionAuthorDiff_2d13230bbca477b31703b1e6a6f7113f } from '../../../components/VersionAuthorDiff'
import { YesNoCell as YesNoCell_afd0d3c250076af2bc13ff5497e541bf } from '../../../components/YesNoCell'
import { InvitationNotice as InvitationNotice_e676874ee7d4f46f03480c515c7ae865 } from '../../../components/InvitationNotice'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { TranslationStatus as TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { NoDiff as NoDiff_67345802d5bf4a915385c169b149e9ad } from '../../../components/NoDiff'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MailPreviewPanel as MailPreviewPanel_e5bace9928bcd814c4ef427e1774b350 } from '../../../components/MailPreviewPanel'
import { ResetToDefault as ResetToDefault_b3b01a195bc6ff3c9d556c57ef0906e9 } from '../../../components/ResetToDefault'
import { ReportsNavLink as ReportsNavLink_e582c3000781e29bdce33b09df21bbb7 } from '../../../components/Reports/ReportsNavLink'
import { HomeScreen as HomeScreen_2633741bbf5b1598c2ff3f1a37dc9bde } from '../../../components/Home/HomeScreen'
import { AdminLanguage as AdminLanguage_b406fde505a3236b98f62b0dc60acd5d } from '../../../components/AdminLanguage'
import { ReportsView as ReportsView_27fe293e967a2cad5a3617865efa4237 } from '../../../components/Reports/ReportsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/BerlinTimeCell#BerlinTimeCell": BerlinTimeCell_6f95acdb2df0c707f16a687c6c772981,
  "/components/BerlinTimeField#BerlinTimeField": BerlinTimeField_aa636f0c156a5cb026dc54d8a6de61ef,
  "/components/DeadlineSummary#DeadlineSummary": DeadlineSummary_fb373b4c60f9cf0cbd8223d7f7a716da,
  "/components/PlainLabel#PlainLabel": PlainLabel_a07c83f51e4427452426aa0253688327,
  "/components/DeadlineCell#DeadlineCell": DeadlineCell_1c4036e8f163da8f35f673358f6683bc,
  "/components/DomainsCell#DomainsCell": DomainsCell_06a8c03940a320d2807c84dcde671d83,
  "/components/RelatedRecords#RelatedRecords": RelatedRecords_09fc2dc57776abb5fedffe7e8b12ff55,
  "/components/Conversation/index#Conversation": Conversation_e1e82cb8013d81cef70a1e356ebe204b,
  "/components/CaseActions#CaseActions": CaseActions_ad1fc18fa2345469dded319ae9e191e5,
  "/components/ReplyComposer/ReplyComposer#ReplyComposer": ReplyComposer_eebd811353bf8e6c2590327da5fa74c6,
  "/components/BerlinTimestamps#BerlinTimestamps": BerlinTimestamps_8a5b44e7256e2ed67b76fe0903f88d62,
  "/components/JsonView#JsonView": JsonView_960b80fa6dd849a938ffe34a4a0bfb02,
  "/components/MessagePreview#MessagePreview": MessagePreview_f6f9a5215fc765540075b6e06c4f747e,
  "/components/ImportEml#ImportEml": ImportEml_df71d430d2f1cc8b216bd980f857b51e,
  "/components/VersionAuthorDiff#VersionAuthorDiff": VersionAuthorDiff_2d13230bbca477b31703b1e6a6f7113f,
  "/components/YesNoCell#YesNoCell": YesNoCell_afd0d3c250076af2bc13ff5497e541bf,
  "/components/InvitationNotice#InvitationNotice": InvitationNotice_e676874ee7d4f46f03480c515c7ae865,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/components/TranslationStatus#TranslationStatus": TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/NoDiff#NoDiff": NoDiff_67345802d5bf4a915385c169b149e9ad,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/MailPreviewPanel#MailPreviewPanel": MailPreviewPanel_e5bace9928bcd814c4ef427e1774b350,
  "/components/ResetToDefault#ResetToDefault": ResetToDefault_b3b01a195bc6ff3c9d556c57ef0906e9,
  "/components/Reports/ReportsNavLink#ReportsNavLink": ReportsNavLink_e582c3000781e29bdce33b09df21bbb7,
  "/components/Home/HomeScreen#HomeScreen": HomeScreen_2633741bbf5b1598c2ff3f1a37dc9bde,
  "/components/AdminLanguage#AdminLanguage": AdminLanguage_b406fde505a3236b98f62b0dc60acd5d,
  "/components/Reports/ReportsView#ReportsView": ReportsView_27fe293e967a2cad5a3617865efa4237,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
