namespace Gemeenschapskracht.Domain.Regels;

/// <summary>A legal rule (Awb article, USK tier, ABRvS ruling) or a guardrail (G-n) the product enforces.</summary>
public sealed record Regel(string Id, string Bron, string Omschrijving);
