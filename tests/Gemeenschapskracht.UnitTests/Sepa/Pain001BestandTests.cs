using System.Xml.Linq;
using System.Xml.Schema;
using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.UnitTests.Sepa;

/// <summary>The payment batch as a SEPA credit transfer file (pain.001.001.03), checked against the message's schema.</summary>
public sealed class Pain001BestandTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static Betaalopdracht Opdracht() => new("Gemeente Amsterdam", "NL91 ABNA 0417 1643 00", new DateOnly(2026, 12, 4),
    [
        new Betaalregel(Guid.NewGuid(), "SUB-2026-1A2B3C4D", 1, "Bewonersvereniging Zuid-Oost & Café 'De Ster' — een heel lange naam die langer is dan zeventig tekens", "nl44rabo0123456789", new Bedrag(5_000_00)),
        new Betaalregel(Guid.NewGuid(), "SUB-2026-5E6F7A8B", 3, "Straße Œuvre", "DE89 3704 0044 0532 0130 00", new Bedrag(1_234_56)),
    ], Now);

    private static XmlSchemaSet Schema()
    {
        var schema = new XmlSchemaSet();
        schema.Add(Pain001Bestand.Ns.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Sepa", "pain.001.001.03.subset.xsd"));
        return schema;
    }

    [Fact]
    public void A_payment_batch_is_a_pain_001_001_03_file_that_validates_against_the_schema()
    {
        var fouten = new List<string>();
        var document = XDocument.Load(new MemoryStream(Pain001Bestand.Schrijf(Opdracht().ToSepa(), Now)));

        document.Validate(Schema(), (_, e) => fouten.Add(e.Message));

        Assert.Empty(fouten);
    }

    [Fact]
    public void The_file_counts_and_sums_its_transfers_and_carries_each_reference_and_account()
    {
        var opdracht = Opdracht();
        var ns = Pain001Bestand.Ns;
        var document = XDocument.Load(new MemoryStream(Pain001Bestand.Schrijf(opdracht.ToSepa(), Now)));
        var kop = document.Root!.Element(ns + "CstmrCdtTrfInitn")!.Element(ns + "GrpHdr")!;
        var betaling = document.Root!.Element(ns + "CstmrCdtTrfInitn")!.Element(ns + "PmtInf")!;
        var transacties = betaling.Elements(ns + "CdtTrfTxInf").ToList();

        Assert.Equal(opdracht.Berichtkenmerk, kop.Element(ns + "MsgId")!.Value);
        Assert.Equal("2026-12-01T09:30:00", kop.Element(ns + "CreDtTm")!.Value);
        Assert.Equal("2", kop.Element(ns + "NbOfTxs")!.Value);
        Assert.Equal("6234.56", kop.Element(ns + "CtrlSum")!.Value);
        Assert.Equal("2026-12-04", betaling.Element(ns + "ReqdExctnDt")!.Value);
        Assert.Equal("NL91ABNA0417164300", betaling.Element(ns + "DbtrAcct")!.Descendants(ns + "IBAN").Single().Value);
        Assert.Equal(["5000.00", "1234.56"], transacties.Select(t => t.Descendants(ns + "InstdAmt").Single().Value));
        Assert.Equal(["NL44RABO0123456789", "DE89370400440532013000"], transacties.Select(t => t.Element(ns + "CdtrAcct")!.Descendants(ns + "IBAN").Single().Value));
        Assert.Equal(["SUB-2026-1A2B3C4D-V1", "SUB-2026-5E6F7A8B-V3"], transacties.Select(t => t.Descendants(ns + "EndToEndId").Single().Value));
        Assert.Equal("Voorschot 3 subsidie SUB-2026-5E6F7A8B", transacties[1].Descendants(ns + "Ustrd").Single().Value);
    }

    [Fact]
    public void Names_are_written_in_the_sepa_character_set_and_within_their_length()
    {
        Assert.Equal("Strasse OEuvre", Pain001Bestand.Sepa("Straße Œuvre", 70));
        Assert.Equal("Bewonersvereniging Zuid-Oost + Cafe 'De Ster' een heel lange naam die", Pain001Bestand.Sepa(Opdracht().Regels[0].Begunstigde, 70));
        Assert.Equal("Creme brulee a 1/2", Pain001Bestand.Sepa("Crème brûlée [à] 1/2", 70));
        Assert.All(Opdracht().Regels, r => Assert.Matches(@"^[A-Za-z0-9/\-?:().,'+ ]{1,70}$", Pain001Bestand.Sepa(r.Begunstigde, 70)));
    }

    [Fact]
    public void A_batch_pays_only_to_valid_ibans_from_a_valid_account_not_in_the_past_and_not_empty()
    {
        var regel = new Betaalregel(Guid.NewGuid(), "SUB-2026-1A2B3C4D", 1, "Buurtvereniging", "NL91ABNA0417164300", new Bedrag(1_00));
        Assert.Throws<DomainException>(() => new Betaalopdracht("Gemeente", "NL91ABNA0417164301", new DateOnly(2026, 12, 4), [regel], Now));
        Assert.Throws<DomainException>(() => new Betaalopdracht("Gemeente", "NL91ABNA0417164300", new DateOnly(2026, 11, 30), [regel], Now));
        Assert.Throws<DomainException>(() => new Betaalopdracht("Gemeente", "NL91ABNA0417164300", new DateOnly(2026, 12, 4), [], Now));
        Assert.Throws<DomainException>(() => new Betaalopdracht("Gemeente", "NL91ABNA0417164300", new DateOnly(2026, 12, 4), [regel with { Iban = "NL00ABNA0417164300" }], Now));

        var opdracht = new Betaalopdracht("Gemeente", "NL91ABNA0417164300", new DateOnly(2026, 12, 4), [regel], Now);
        Assert.Throws<DomainException>(() => opdracht.MarkeerUitgevoerd(new DateOnly(2026, 12, 2), Now));
        opdracht.MarkeerUitgevoerd(new DateOnly(2026, 12, 1), Now);
        Assert.Equal(BetaalopdrachtStatus.Uitgevoerd, opdracht.Status);
        Assert.Throws<DomainException>(() => opdracht.MarkeerUitgevoerd(new DateOnly(2026, 12, 1), Now));
    }
}
