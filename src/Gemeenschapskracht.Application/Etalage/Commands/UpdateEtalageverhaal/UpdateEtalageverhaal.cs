using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Domain.Etalage;
using Mediator;

namespace Gemeenschapskracht.Application.Etalage.Commands.UpdateEtalageverhaal;

/// <summary>
/// The gemeente edits a nominated story and its photos (each a file placed under the story, with a caption and who
/// gave consent for it). A change asks the initiative's consent again.
/// </summary>
[Authorize(Roles = EtalageRollen.Beheerders)]
public sealed record UpdateEtalageverhaalCommand : ICommand<EtalageverhaalDto>, IEtalagevelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }

    public required string Verhaal { get; init; }

    public required string Lessen { get; init; }

    public required string Contact { get; init; }

    public required Herkomst Herkomst { get; init; }

    public required Guid? OrganisatieId { get; init; }

    public required Guid? WijkId { get; init; }

    public required IReadOnlyList<Etalagefoto> Fotos { get; init; }
}

public sealed class UpdateEtalageverhaalValidator : AbstractValidator<UpdateEtalageverhaalCommand>
{
    public UpdateEtalageverhaalValidator() => this.AddEtalageRules();
}

public sealed class UpdateEtalageverhaalHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateEtalageverhaalCommand, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(UpdateEtalageverhaalCommand command, CancellationToken cancellationToken)
    {
        var verhaal = await db.Set<Etalageverhaal>().VindAsync(command.Id, cancellationToken);
        await db.EnsureBestaandAsync(command, cancellationToken);
        await db.EnsureFotosVanVerhaalAsync(verhaal.Id, command.Fotos, cancellationToken);
        verhaal.Wijzig(command.Inhoud(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(verhaal, user, cancellationToken);
    }
}
