using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.CompleteVervolgactie;

/// <summary>The gemeente reports a follow-up action done, with its evidence; the tracker shows it kept, and the evidence with it.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
public sealed record CompleteVervolgactieCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid ActieId { get; init; }

    /// <summary>What was done, or where to see it (a link, a decision, a date).</summary>
    public required string Bewijs { get; init; }
}

public sealed class CompleteVervolgactieValidator : AbstractValidator<CompleteVervolgactieCommand>
{
    public CompleteVervolgactieValidator() => RuleFor(c => c.Bewijs).RequiredText("wat er gedaan is, of waar het te zien is", 1000);
}

public sealed class CompleteVervolgactieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CompleteVervolgactieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(CompleteVervolgactieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.MeldVervolgactieGereed(command.ActieId, command.Bewijs, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
