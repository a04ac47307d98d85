using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>Which way money went when a vaststelling was settled.</summary>
public enum AfwikkelingRichting
{
    /// <summary>The gemeente paid the nabetaling.</summary>
    Uitbetaald,
    /// <summary>The recipient paid back (Awb 4:57).</summary>
    Ontvangen,
}

/// <summary>One payment that settles a vaststelling: the nabetaling paid, or (part of) a terugvordering received.</summary>
public sealed record Afwikkeling(int Nummer, AfwikkelingRichting Richting, DateOnly Datum, Bedrag Bedrag, string Kenmerk, string GeregistreerdDoor, DateTimeOffset GeregistreerdOp);
