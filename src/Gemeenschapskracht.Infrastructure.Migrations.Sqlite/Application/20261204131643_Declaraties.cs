using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Declaraties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "VierOgenDrempel",
                table: "Hostorganisaties",
                type: "INTEGER",
                nullable: false,
                defaultValue: 25000L); // existing hosts get the standard four-eyes threshold of € 250,00

            migrationBuilder.CreateTable(
                name: "Declaratiebetalingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Berichtkenmerk = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Opdrachtgever = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpdrachtgeverIban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Uitvoerdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Overboekingen = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UitgevoerdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declaratiebetalingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declaratiebetalingen_Hostorganisaties_HostId",
                        column: x => x.HostId,
                        principalTable: "Hostorganisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Declaraties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    Uitgavedatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rekening = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NaamBegunstigde = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Bonnetje = table.Column<string>(type: "TEXT", nullable: true),
                    IngediendDoorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IngediendDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Goedkeuringen = table.Column<string>(type: "TEXT", nullable: false),
                    BenodigdeGoedkeuringen = table.Column<int>(type: "INTEGER", nullable: false),
                    Historie = table.Column<string>(type: "TEXT", nullable: false),
                    DeclaratiebetalingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declaraties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declaraties_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declaratiebetalingen_HostId",
                table: "Declaratiebetalingen",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_Declaratiebetalingen_TenantId_Berichtkenmerk",
                table: "Declaratiebetalingen",
                columns: new[] { "TenantId", "Berichtkenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declaratiebetalingen_TenantId_HostOrganisatieId",
                table: "Declaratiebetalingen",
                columns: new[] { "TenantId", "HostOrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_AdministratieId",
                table: "Declaraties",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_TenantId_AdministratieId_Nummer",
                table: "Declaraties",
                columns: new[] { "TenantId", "AdministratieId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_TenantId_DeclaratiebetalingId",
                table: "Declaraties",
                columns: new[] { "TenantId", "DeclaratiebetalingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_TenantId_HostOrganisatieId_Status",
                table: "Declaraties",
                columns: new[] { "TenantId", "HostOrganisatieId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Declaratiebetalingen");

            migrationBuilder.DropTable(
                name: "Declaraties");

            migrationBuilder.DropColumn(
                name: "VierOgenDrempel",
                table: "Hostorganisaties");
        }
    }
}
