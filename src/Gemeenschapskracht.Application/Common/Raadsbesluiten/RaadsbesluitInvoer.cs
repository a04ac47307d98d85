using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Common.Raadsbesluiten;

/// <summary>What a caller sends of a raadsbesluit: its date, its kenmerk in the council information system, and a link.</summary>
public interface IRaadsbesluitInvoer
{
    DateOnly Datum { get; }

    /// <summary>The decision's reference in the council information system, e.g. "RB-2026-041".</summary>
    string Kenmerk { get; }

    /// <summary>Where the decision can be read (https://…), or null.</summary>
    string? DocumentUrl { get; }
}

/// <summary>A raadsbesluit sent as a part of a larger command.</summary>
public sealed record RaadsbesluitInvoer : IRaadsbesluitInvoer
{
    public required DateOnly Datum { get; init; }

    public required string Kenmerk { get; init; }

    public required string? DocumentUrl { get; init; }
}

public static class RaadsbesluitInvoerRules
{
    /// <summary>The form of a raadsbesluit; whether it is dated in the future is the entity's rule (<see cref="Raadsbesluit.ControleerGenomen"/>).</summary>
    public static void AddRaadsbesluitRules<T>(this AbstractValidator<T> validator) where T : IRaadsbesluitInvoer
    {
        validator.RuleFor(c => c.Kenmerk).RequiredText("het kenmerk van het raadsbesluit", 100);
        validator.RuleFor(c => c.DocumentUrl).SafeText("de link naar het raadsbesluit").MaximumLength(500).WithMessage("De link naar het raadsbesluit mag hoogstens 500 tekens lang zijn.")
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("De link naar het raadsbesluit moet een volledig webadres zijn (https://…).");
        validator.RuleFor(c => c.Datum).Must(d => d.Year >= 2000).WithMessage("Vul de datum van het raadsbesluit in.");
    }

    public static Raadsbesluit NaarRaadsbesluit(this IRaadsbesluitInvoer invoer) => new(invoer.Datum, invoer.Kenmerk, invoer.DocumentUrl);
}

public sealed class RaadsbesluitInvoerValidator : AbstractValidator<RaadsbesluitInvoer>
{
    public RaadsbesluitInvoerValidator() => this.AddRaadsbesluitRules();
}
