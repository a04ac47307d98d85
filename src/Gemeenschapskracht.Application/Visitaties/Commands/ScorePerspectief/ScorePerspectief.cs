using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.ScorePerspectief;

/// <summary>
/// The panel's judgement on one perspective: a mark on the four-point scale and the narrative that carries it; a
/// mark alone, or a narrative that counts production (G-5), is refused. Only a member of this visitatie's panel scores.
/// </summary>
[Authorize(Roles = VisitatieRollen.Panelleden)]
public sealed record ScorePerspectiefCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid PerspectiefId { get; init; }

    public required Oordeel Oordeel { get; init; }

    public required string Toelichting { get; init; }
}

public sealed class ScorePerspectiefValidator : AbstractValidator<ScorePerspectiefCommand>
{
    public ScorePerspectiefValidator()
    {
        RuleFor(c => c.Oordeel).IsInEnum().WithMessage("Kies een oordeel: beginnend, in ontwikkeling, sterk of inspirerend voorbeeld.");
        RuleFor(c => c.Toelichting).NotEmpty().WithMessage("Een oordeel zonder verhaal telt niet: schrijf de toelichting.")
            .SafeText("de toelichting", multiline: true).MaximumLength(4000).WithMessage("De toelichting is hoogstens 4000 tekens.");
    }
}

public sealed class ScorePerspectiefHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ScorePerspectiefCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(ScorePerspectiefCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        VisitatieToegang.Kant(user, visitatie);
        VisitatieToegang.VereisPanellid(user, visitatie);
        visitatie.Beoordeel(command.PerspectiefId, command.Oordeel, command.Toelichting, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Panel);
    }
}
