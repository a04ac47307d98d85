using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.DecideUitdaging;

public sealed record UitdagingOordeelInvoer
{
    public required int Nummer { get; init; }

    public required bool Voldaan { get; init; }

    public required string Toelichting { get; init; }
}

/// <summary>
/// The decision on a challenge in assessment: granted or refused, with an assessment of every published criterion of its
/// verordening version and a reasoning. It is a beschikking (Awb 1:3) with bezwaarclausule (6:7); the challenger is mailed.
/// </summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
public sealed record DecideUitdagingCommand : ICommand<UitdagingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required bool Toekennen { get; init; }

    public required IReadOnlyList<UitdagingOordeelInvoer> Oordelen { get; init; }

    public required string Motivering { get; init; }
}

public sealed class DecideUitdagingValidator : AbstractValidator<DecideUitdagingCommand>
{
    public DecideUitdagingValidator()
    {
        RuleFor(c => c.Oordelen).PresentList(20, "oordelen");
        RuleForEach(c => c.Oordelen).ChildRules(o => o.RuleFor(k => k.Toelichting).RequiredText("de toelichting op het oordeel", 4000));
        RuleFor(c => c.Motivering).NotEmpty().WithMessage("Motiveer het besluit.")
            .SafeText("de motivering", multiline: true).MaximumLength(20000).WithMessage("De motivering mag hoogstens 20000 tekens lang zijn.");
    }
}

public sealed class DecideUitdagingHandler(IApplicationDbContext db, ICurrentUser user, IEmailSender mail, TimeProvider clock)
    : ICommandHandler<DecideUitdagingCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(DecideUitdagingCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        uitdaging.Besluit(c.Toekennen, c.Oordelen.Select(o => new Criteriumoordeel(o.Nummer, o.Voldaan, o.Toelichting)).ToList(), c.Motivering,
            user.Weergavenaam, now);
        await db.SaveChangesAsync(cancellationToken);
        var oordelen = string.Join("\n", uitdaging.Oordelen().Select(o => $"- {o.Naam}: {(o.Voldaan ? "voldaan" : "niet voldaan")}. {o.Toelichting}"));
        await db.MailUitdagerAsync(mail, uitdaging,
            c.Toekennen ? $"Besluit: uw uitdaging is toegekend ({uitdaging.Kenmerk})" : $"Besluit: uw uitdaging is afgewezen ({uitdaging.Kenmerk})",
            (c.Toekennen
                ? $"Wij kennen uw uitdaging voor de taak '{uitdaging.Taak}' toe. Wij nemen contact met u op over de overdracht van de taak en het budget ({uitdaging.Bedrag})."
                : $"Wij wijzen uw uitdaging voor de taak '{uitdaging.Taak}' af.") +
            $"\n\nOnze beoordeling per criterium:\n{oordelen}\n\n{uitdaging.Motivering}\n\n" +
            $"Het besluit (kenmerk {uitdaging.Kenmerk}) staat als brief bij uw uitdaging in Gemeenschapskracht.\n\n{UitdagingQueries.Bezwaar}", cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
