using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Opdrachtovereenkomsten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Factuur",
                table: "Declaraties",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OpdrachtovereenkomstId",
                table: "Declaraties",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "Declaraties",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Onkosten"); // every declaratie before contracts existed is an expense

            migrationBuilder.CreateTable(
                name: "Coordinatoren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Functie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UrenPerWeek = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    InDienstSinds = table.Column<DateOnly>(type: "date", nullable: false),
                    UitDienstPer = table.Column<DateOnly>(type: "date", nullable: true),
                    AdministratieIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coordinatoren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Coordinatoren_Hostorganisaties_HostId",
                        column: x => x.HostId,
                        principalTable: "Hostorganisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Opdrachtovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GroepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Opdrachtnemer = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    Kvknummer = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Uren = table.Column<decimal>(type: "decimal(7,2)", precision: 7, scale: 2, nullable: false),
                    Uurtarief = table.Column<long>(type: "bigint", nullable: false),
                    BtwPercentage = table.Column<int>(type: "int", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Rekening = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opdrachtovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opdrachtovereenkomsten_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_TenantId_OpdrachtovereenkomstId",
                table: "Declaraties",
                columns: new[] { "TenantId", "OpdrachtovereenkomstId" });

            migrationBuilder.CreateIndex(
                name: "IX_Coordinatoren_HostId",
                table: "Coordinatoren",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_Coordinatoren_TenantId_HostOrganisatieId",
                table: "Coordinatoren",
                columns: new[] { "TenantId", "HostOrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Opdrachtovereenkomsten_AdministratieId",
                table: "Opdrachtovereenkomsten",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Opdrachtovereenkomsten_TenantId_HostOrganisatieId",
                table: "Opdrachtovereenkomsten",
                columns: new[] { "TenantId", "HostOrganisatieId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Coordinatoren");

            migrationBuilder.DropTable(
                name: "Opdrachtovereenkomsten");

            migrationBuilder.DropIndex(
                name: "IX_Declaraties_TenantId_OpdrachtovereenkomstId",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "Factuur",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "OpdrachtovereenkomstId",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Declaraties");
        }
    }
}
