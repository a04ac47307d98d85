using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.GrantSubsidieaanvraag;

/// <summary>
/// Grants the application from the regeling's plafond. Never above what remains (Awb 4:25 lid 2): the plafond's
/// remainder lives on the regeling, whose concurrency token turns a grant that lost a race into a 409 with nothing saved.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record GrantSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required long BedragEurocent { get; init; }

    /// <summary>Why it is granted: how it meets the criteria.</summary>
    public required string Motivering { get; init; }

    /// <summary>The activities the subsidy is for (Awb 4:29); left out, the applicant's plan in its own words.</summary>
    public string? Activiteiten { get; init; }

    /// <summary>The obligations that come with it (Awb 4:37–4:39); left out or empty, the standard light obligations.</summary>
    public IReadOnlyList<string>? Verplichtingen { get; init; }
}

public sealed class GrantSubsidieaanvraagValidator : AbstractValidator<GrantSubsidieaanvraagCommand>
{
    public GrantSubsidieaanvraagValidator()
    {
        RuleFor(c => c.BedragEurocent).Eurocent("het verleende bedrag");
        RuleFor(c => c.Motivering).NotEmpty().WithMessage("Motiveer de verlening.")
            .SafeText("de motivering", multiline: true).MaximumLength(5000).WithMessage("De motivering mag hoogstens 5000 tekens lang zijn.");
        RuleFor(c => c.Activiteiten).SafeText("de activiteiten", multiline: true).MaximumLength(20000).WithMessage("De activiteiten mogen hoogstens 20000 tekens lang zijn.");
        RuleFor(c => c.Verplichtingen).Must(v => v is null || v.Count <= 20).WithMessage("Noem hoogstens 20 verplichtingen.");
        RuleForEach(c => c.Verplichtingen).NotEmpty().WithMessage("Een verplichting is leeg; schrijf haar uit of laat haar weg.")
            .MaximumLength(1000).WithMessage("Een verplichting mag hoogstens 1000 tekens lang zijn.").SafeText("een verplichting");
    }
}

public sealed class GrantSubsidieaanvraagHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<GrantSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(GrantSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().VindAsync(aanvraag.RegelingId, cancellationToken);
        var now = clock.GetUtcNow();
        var beschikking = aanvraag.Verleen(regeling, new Bedrag(command.BedragEurocent), command.Motivering, now,
            command.Activiteiten, command.Verplichtingen, await db.GeldendKaderAsync(now, cancellationToken));
        db.Set<Beschikking>().Add(beschikking);
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurBeschikkingAsync(aanvraag, beschikking, cancellationToken);
        return aanvraag.ToDto();
    }
}
